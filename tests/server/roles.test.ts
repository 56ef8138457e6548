import { request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { STEP_IDS } from '#src/domain/step';
import { onRevoke, type RevokeEvent } from '#src/server/access-events';
import { MESSAGES } from '#src/server/http';
import { DB_KINDS, startTestServer, useTestServer, type CallResult, type TestServer } from '#tests/utils/test-server';
import { completeInitiatief } from './fixtures';

/** Every kind of caller a route can meet. */
const WHO = ['owner', 'bewerken', 'lezen', 'tekenbevoegd', 'tekenbevoegd-ander', 'ingetrokken', 'ander-dossier', 'geen'] as const;
type Who = (typeof WHO)[number];
/** Callers that pass the token check; the last three never do. */
type Valid = Exclude<Who, 'ingetrokken' | 'ander-dossier' | 'geen'>;

interface Dossier {
  id: string;
  tokens: Record<Who, string | undefined>;
  /** The gemeente partner: the owner acts for it, and `bewerken`, `lezen` and `tekenbevoegd` belong to it. */
  gemeente: string;
  school: string;
}

interface Route {
  name: string;
  on: 'draft' | 'frozen';
  method: string;
  path: (d: Dossier) => string;
  json?: (d: Dossier) => unknown;
  /** Status per valid caller; `all` for the rest. */
  expect: Partial<Record<Valid | 'all', number>>;
}

const sign = (organisation: string) => ({
  organisation,
  name: 'Ada Jansen',
  function: 'Directeur',
  method: 'typed',
  authorised: true,
});

/**
 * Status of each route for each caller. Writes that pass the gate are answered by what follows it
 * (400, 409) where a success would change the state the next caller meets; real successes are
 * covered in the agreement and approval tests.
 */
const ROUTES: Route[] = [
  { name: 'read the dossier', on: 'draft', method: 'GET', path: (d) => `/api/dossiers/${d.id}`, expect: { all: 200 } },
  {
    name: 'save a step (stale revision)',
    on: 'draft',
    method: 'PUT',
    path: (d) => `/api/dossiers/${d.id}/steps/visie`,
    json: () => ({ data: {}, baseRevision: 999 }),
    expect: { all: 409, lezen: 403 },
  },
  {
    name: 'give akkoord',
    on: 'draft',
    method: 'PUT',
    path: (d) => `/api/dossiers/${d.id}/steps/visie/approval`,
    expect: { all: 200, lezen: 403 },
  },
  {
    name: 'withdraw akkoord',
    on: 'draft',
    method: 'DELETE',
    path: (d) => `/api/dossiers/${d.id}/steps/visie/approval`,
    expect: { all: 200, lezen: 403 },
  },
  {
    name: 'step history',
    on: 'draft',
    method: 'GET',
    path: (d) => `/api/dossiers/${d.id}/steps/visie/history`,
    expect: { all: 200 },
  },
  {
    name: 'audit log export',
    on: 'draft',
    method: 'GET',
    path: (d) => `/api/dossiers/${d.id}/audit.csv`,
    expect: { all: 403, owner: 200 },
  },
  {
    name: 'list invites',
    on: 'draft',
    method: 'GET',
    path: (d) => `/api/dossiers/${d.id}/invites`,
    expect: { all: 403, owner: 200 },
  },
  {
    name: 'create an invite (invalid body)',
    on: 'draft',
    method: 'POST',
    path: (d) => `/api/dossiers/${d.id}/invites`,
    json: () => ({ partner: '', role: 'bewerken', tekenbevoegd: false }),
    expect: { all: 403, owner: 400 },
  },
  {
    name: 'revoke an unknown invite',
    on: 'draft',
    method: 'DELETE',
    path: (d) => `/api/dossiers/${d.id}/invites/bestaatniet`,
    expect: { all: 403, owner: 404 },
  },
  {
    name: 'freeze (incomplete)',
    on: 'draft',
    method: 'POST',
    path: (d) => `/api/dossiers/${d.id}/versions`,
    expect: { all: 409, lezen: 403 },
  },
  {
    name: 'freeze with override',
    on: 'draft',
    method: 'POST',
    path: (d) => `/api/dossiers/${d.id}/versions`,
    json: () => ({ override: { reason: 'Haast' } }),
    expect: { all: 403, owner: 409 },
  },
  { name: 'read a version', on: 'frozen', method: 'GET', path: (d) => `/api/dossiers/${d.id}/versions/2`, expect: { all: 200 } },
  {
    name: 'sign a withdrawn version for the gemeente',
    on: 'frozen',
    method: 'POST',
    path: (d) => `/api/dossiers/${d.id}/versions/1/signatures`,
    json: (d) => sign(d.gemeente),
    expect: { all: 403, tekenbevoegd: 409 },
  },
  {
    // Withdrawing voids partners' signatures: the owner or a signing link only (issue 12).
    name: 'withdraw a withdrawn version',
    on: 'frozen',
    method: 'DELETE',
    path: (d) => `/api/dossiers/${d.id}/versions/1`,
    json: () => ({ reason: 'Rollentest' }),
    expect: { all: 403, owner: 409, tekenbevoegd: 409, 'tekenbevoegd-ander': 409 },
  },
  {
    name: 'lifecycle transition',
    on: 'frozen',
    method: 'POST',
    path: (d) => `/api/dossiers/${d.id}/lifecycle`,
    json: () => ({ event: 'ACTIVATE' }),
    expect: { all: 409, lezen: 403 },
  },
  {
    name: 'freeze while frozen',
    on: 'frozen',
    method: 'POST',
    path: (d) => `/api/dossiers/${d.id}/versions`,
    expect: { all: 409, lezen: 403 },
  },
  {
    name: 'akkoord while frozen',
    on: 'frozen',
    method: 'PUT',
    path: (d) => `/api/dossiers/${d.id}/steps/visie/approval`,
    expect: { all: 409, lezen: 403 },
  },
  {
    name: 'save a step while frozen',
    on: 'frozen',
    method: 'PUT',
    path: (d) => `/api/dossiers/${d.id}/steps/visie`,
    json: () => ({ data: { vision: 'Anders' }, baseRevision: 1 }),
    expect: { all: 409, lezen: 403 },
  },
  // Last: the one call that succeeds changes the version, and nothing after it depends on that.
  {
    name: 'sign for the gemeente',
    on: 'frozen',
    method: 'POST',
    path: (d) => `/api/dossiers/${d.id}/versions/2/signatures`,
    json: (d) => sign(d.gemeente),
    expect: { all: 403, tekenbevoegd: 201 },
  },
];

/** Read-only PDF routes, when the PDF module has registered them: every valid caller may read. */
const PDF_ROUTES: Route[] = [
  {
    name: 'sealed PDF of a version',
    on: 'frozen',
    method: 'GET',
    path: (d) => `/api/dossiers/${d.id}/versions/2/agreement.pdf`,
    expect: {},
  },
  { name: 'draft PDF', on: 'draft', method: 'GET', path: (d) => `/api/dossiers/${d.id}/agreement.pdf`, expect: {} },
];

describe.each(DB_KINDS)('roles and revocation on every route on %s', (kind) => {
  let srv: TestServer;
  let draft: Dossier;
  let frozen: Dossier;

  async function invite(
    id: string,
    owner: string,
    partner: string,
    role: 'bewerken' | 'lezen',
    tekenbevoegd: boolean,
    name?: string,
  ) {
    const res = await srv.call('POST', `/api/dossiers/${id}/invites`, {
      token: owner,
      json: { partner, role, tekenbevoegd, name },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as { id: string; token: string; link: string };
  }

  /** A dossier with step 1 (or every step) filled in and one link of every kind. */
  async function setUp(steps: Partial<Record<string, Record<string, unknown>>>): Promise<Dossier> {
    const { id, token } = await srv.createDossier();
    for (const stepId of STEP_IDS) {
      if (!steps[stepId]) continue;
      const res = await srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}`, {
        token,
        json: { data: steps[stepId], baseRevision: stepId === 'initiatief' ? 1 : 0 },
      });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
    }
    const partners: { id: string; kind: string }[] = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json.partners;
    const gemeente = partners.find((p) => p.kind === 'gemeente')!.id;
    const school = partners.find((p) => p.kind === 'school')!.id;
    const revoked = await invite(id, token, school, 'bewerken', true);
    expect((await srv.call('DELETE', `/api/dossiers/${id}/invites/${revoked.id}`, { token })).status).toBe(200);
    const other = await srv.createDossier('Een ander dossier');
    return {
      id,
      gemeente,
      school,
      tokens: {
        owner: token,
        bewerken: (await invite(id, token, gemeente, 'bewerken', false, 'Bea Bewerker')).token,
        lezen: (await invite(id, token, gemeente, 'lezen', false, 'Lex Lezer')).token,
        tekenbevoegd: (await invite(id, token, gemeente, 'bewerken', true, 'Tessa Tekenaar')).token,
        'tekenbevoegd-ander': (await invite(id, token, school, 'bewerken', true, 'Sam School')).token,
        ingetrokken: revoked.token,
        'ander-dossier': other.token,
        geen: undefined,
      },
    };
  }

  beforeAll(async () => {
    // The table makes many refused token checks from one address on purpose; the limit has its own test.
    srv = await startTestServer(kind, { limits: { authFailures: { capacity: 100_000, perMinute: 100_000 } } });
    draft = await setUp({ initiatief: completeInitiatief() });
    frozen = await setUp(EXAMPLE_DOSSIER.steps);
    // Frozen twice by the owner's override: version 1 withdrawn, version 2 awaiting signatures.
    const owner = frozen.tokens.owner;
    const override = { override: { reason: 'Voor de rollentest' } };
    expect((await srv.call('POST', `/api/dossiers/${frozen.id}/versions`, { token: owner, json: override })).status).toBe(201);
    expect(
      (await srv.call('DELETE', `/api/dossiers/${frozen.id}/versions/1`, { token: owner, json: { reason: 'Rollentest' } }))
        .status,
    ).toBe(200);
    expect((await srv.call('POST', `/api/dossiers/${frozen.id}/versions`, { token: owner, json: override })).status).toBe(201);
  });
  afterAll(async () => {
    await srv?.close();
  });

  const call = (route: Route, who: Who) => {
    const d = route.on === 'draft' ? draft : frozen;
    return srv.call(route.method, route.path(d), { token: d.tokens[who], json: route.json?.(d) });
  };

  it('walks every route with every caller', async () => {
    const notFound = JSON.stringify({ error: MESSAGES.dossierNotFound });
    const pdfRoutes: Route[] = [];
    for (const route of PDF_ROUTES) {
      const probe = await call(route, 'owner');
      if (probe.json?.error === MESSAGES.notFound) continue; // not registered (yet)
      pdfRoutes.push({ ...route, expect: { all: probe.status } });
    }
    const seen: string[] = [];
    for (const route of [...ROUTES.slice(0, -1), ...pdfRoutes, ROUTES.at(-1)!]) {
      for (const who of WHO) {
        const res: CallResult = await call(route, who);
        const label = `${route.name} as ${who}: ${res.text.slice(0, 200)}`;
        if (who === 'geen') {
          expect(res.status, label).toBe(401);
        } else if (who === 'ingetrokken' || who === 'ander-dossier') {
          // Revoked, or another dossier's valid link: the very same answer as a wrong token.
          expect(res.status, label).toBe(404);
          expect(res.text, label).toBe(notFound);
        } else {
          const expected = route.expect[who] ?? route.expect.all;
          expect(res.status, label).toBe(expected);
          if (expected === 403) expect(res.json.error, label).toMatch(/alleen lezen|eigenaar|tekenen|tekenbevoegde/);
          if (expected === 404) expect(res.text, label).not.toBe(notFound);
        }
        seen.push(`${route.method} ${route.name} ${who} ${res.status}`);
      }
    }
    expect(seen.length).toBe((ROUTES.length + pdfRoutes.length) * WHO.length);
    // Rendering the draft PDF for every caller takes most of this; a loaded machine needs more than 30 s.
  }, 120_000);

  it('tells every link who it is', async () => {
    const me = async (who: Who) => (await srv.call('GET', `/api/dossiers/${draft.id}`, { token: draft.tokens[who] })).json.me;
    expect(await me('owner')).toMatchObject({
      kind: 'owner',
      partnerId: draft.gemeente,
      role: 'bewerken',
      tekenbevoegd: false,
      name: null,
    });
    expect(await me('lezen')).toMatchObject({
      kind: 'invite',
      partnerId: draft.gemeente,
      role: 'lezen',
      tekenbevoegd: false,
      name: 'Lex Lezer',
    });
    expect(await me('tekenbevoegd-ander')).toMatchObject({
      kind: 'invite',
      partnerId: draft.school,
      partnerName: 'Het Stedelijk Lyceum',
      role: 'bewerken',
      tekenbevoegd: true,
      name: 'Sam School',
    });
  });

  it('lists invites for the owner without tokens, and records who acted in the audit log', async () => {
    const list = await srv.call('GET', `/api/dossiers/${draft.id}/invites`, { token: draft.tokens.owner });
    expect(list.json.invites).toHaveLength(5);
    for (const t of Object.values(draft.tokens)) if (t) expect(list.text).not.toContain(t);
    expect(list.json.invites.filter((i: { revokedAt: string | null }) => i.revokedAt !== null)).toHaveLength(1);
    expect(Object.keys(list.json.invites[0]).sort()).toEqual([
      'createdAt',
      'id',
      'name',
      'partnerId',
      'revokedAt',
      'role',
      'tekenbevoegd',
    ]);

    const save = await srv.call('PUT', `/api/dossiers/${draft.id}/steps/faciliteiten`, {
      token: draft.tokens['tekenbevoegd-ander'],
      json: { data: { notes: 'x' }, baseRevision: 0 },
    });
    expect(save.status).toBeLessThan(500);
    const actors = await srv.db.query<{ action: string; actor: string }>(
      `SELECT action, actor FROM audit_log WHERE dossier_id = $1 AND action IN ('step.update', 'invite.create', 'invite.revoke') ORDER BY id`,
      [draft.id],
    );
    expect(actors.find((a) => a.action === 'invite.create')!.actor).toBe('Gemeente Utrecht (eigenaar)');
    expect(actors.at(-1)!.actor).toMatch(/^Sam School, Het Stedelijk Lyceum \(link [A-Za-z0-9_-]+\)$/);
  });

  it('refuses a revoked link at once and tells open connections', async () => {
    const events: RevokeEvent[] = [];
    const off = onRevoke((e) => events.push(e));
    try {
      const link = await invite(draft.id, draft.tokens.owner!, draft.school, 'bewerken', false, 'Kortstondig');
      const read = () => srv.call('GET', `/api/dossiers/${draft.id}`, { token: link.token });
      expect((await read()).status).toBe(200);
      const revoked = await srv.call('DELETE', `/api/dossiers/${draft.id}/invites/${link.id}`, { token: draft.tokens.owner });
      expect(revoked.status).toBe(200);
      expect(revoked.json.invite.revokedAt).toEqual(expect.any(String));
      expect(events).toEqual([{ dossierId: draft.id, inviteId: link.id }]);
      const after = await read();
      expect(after.status).toBe(404);
      expect(after.json.error).toBe(MESSAGES.dossierNotFound);
      // Re-issue = revoke + create: the new link works, the old one stays refused.
      const again = await invite(draft.id, draft.tokens.owner!, draft.school, 'bewerken', false, 'Kortstondig');
      expect((await srv.call('GET', `/api/dossiers/${draft.id}`, { token: again.token })).status).toBe(200);
      expect((await read()).status).toBe(404);
    } finally {
      off();
    }
  });

  it('creates invites only for partners of step 1, with clear messages for bad input', async () => {
    const owner = draft.tokens.owner;
    const post = (json: unknown) => srv.call('POST', `/api/dossiers/${draft.id}/invites`, { token: owner, json });
    const unknown = await post({ partner: 'p-bestaat-niet', role: 'bewerken', tekenbevoegd: false });
    expect(unknown.status).toBe(400);
    expect(unknown.json.issues[0]).toMatchObject({ path: ['partner'], message: expect.stringMatching(/stap 1/) });
    const readSigner = await post({ partner: draft.school, role: 'lezen', tekenbevoegd: true });
    expect(readSigner.status).toBe(400);
    expect(readSigner.json.issues[0].path).toEqual(['tekenbevoegd']);
    expect((await post({ partner: draft.school, role: 'beheer', tekenbevoegd: false })).status).toBe(400);
    expect((await post({ partner: draft.school, role: 'lezen', tekenbevoegd: false, extra: 1 })).status).toBe(400);
    const created = await post({ partner: draft.school, role: 'lezen', tekenbevoegd: false });
    expect(created.status).toBe(201);
    expect(Object.keys(created.json).sort()).toEqual(['id', 'link', 'token']);
    expect(created.json.link).toBe(`/d/${draft.id}#${created.json.token}`);
    expect(Buffer.from(created.json.token, 'base64url').length).toBe(32);
  });
});

/** One request from a chosen local address, so two "clients" can be told apart on one machine. */
function getFrom(
  url: string,
  path: string,
  token: string,
  localAddress: string,
): Promise<{ status: number; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method: 'GET', localAddress, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe.each(DB_KINDS)('abuse limits on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  it('throttles 1 000 rapid wrong guesses from one client while another client is served', async () => {
    const { id, token } = await srv.createDossier();
    const guess = () => getFrom(srv.url, `/api/dossiers/${id}`, randomBytes(32).toString('base64url'), '127.0.0.1');
    const good: number[] = [];
    let flooding = true;
    // The good client keeps working from its own address for as long as the flood lasts.
    const goodClient = (async () => {
      while (flooding) good.push((await getFrom(srv.url, `/api/dossiers/${id}`, token, '127.0.0.2')).status);
    })();
    const results: { status: number; retryAfter?: string }[] = [];
    for (let batch = 0; batch < 20; batch++) {
      results.push(...(await Promise.all(Array.from({ length: 50 }, guess))));
    }
    flooding = false;
    await goodClient;

    const statuses = results.map((r) => r.status);
    // 20 tries, plus at most the checks already in flight when the budget ran out (one batch).
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(20 + 50);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1000 - 20 - 50);
    expect(statuses.every((s) => s === 404 || s === 429)).toBe(true);
    expect(Number(results.find((r) => r.status === 429)!.retryAfter)).toBeGreaterThan(0);
    expect(good.length).toBeGreaterThan(0);
    expect(good.every((s) => s === 200)).toBe(true);

    // The throttled address is told why and when, in Dutch, for a wrong link; a valid link from that
    // same address (someone else on the school's network) is still let in.
    const throttled = await srv.call('GET', `/api/dossiers/${id}`, { token: randomBytes(32).toString('base64url') });
    expect(throttled.status).toBe(429);
    expect(throttled.json.error).toMatch(/Te veel pogingen.*over \d+ seconden/);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await srv.call('GET', `/api/dossiers/${id}`, { token })).status).toBe(200);
    const other = await srv.createDossier('Andere school');
    expect((await srv.call('GET', `/api/dossiers/${other.id}`, { token: other.token })).status).toBe(200);
    expect((await srv.call('GET', '/api/health')).status).toBe(200);
    expect((await getFrom(srv.url, `/api/dossiers/${id}`, token, '127.0.0.2')).status).toBe(200);
  });
});

describe.each(DB_KINDS)('invite creation limit on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s), { limits: { inviteCreation: { capacity: 3, perMinute: 1 } } });

  it('limits invite creation per dossier', async () => {
    const a = await srv.createDossier('A');
    const b = await srv.createDossier('B');
    const create = async (d: { id: string; token: string }) => {
      const dossier = (await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token })).json;
      return srv.call('POST', `/api/dossiers/${d.id}/invites`, {
        token: d.token,
        json: { partner: dossier.partners[0].id, role: 'lezen', tekenbevoegd: false },
      });
    };
    for (let i = 0; i < 3; i++) expect((await create(a)).status).toBe(201);
    const refused = await create(a);
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatch(/te veel links/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await create(b)).status).toBe(201);
  });
});
