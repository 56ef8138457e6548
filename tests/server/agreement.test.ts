import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { STEP_IDS } from '#src/domain/step';
import { STEPS } from '#steps/index';
import { canonicalJson, sha256Hex } from '#src/domain/agreement/canonical';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';

/** A real (tiny) PNG, so drawn signatures can be tested without a canvas. */
function png(width = 4, height = 2): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const raw = Buffer.alloc((width + 1) * height);
  const file = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${file.toString('base64')}`;
}

describe.each(DB_KINDS)('agreement lifecycle API on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const REQUIRED = STEPS.filter((s) => s.agreement.role === 'required').map((s) => s.id);

  /**
   * A dossier with every step of the example saved (and so complete), a signing link per partner
   * (only such a link signs for its organisation) and, unless asked not to, everyone's akkoord.
   */
  async function completeDossier({ approve = true } = {}) {
    const { id, token } = await srv.createDossier(EXAMPLE_DOSSIER.title, EXAMPLE_DOSSIER.gemeente);
    for (const stepId of STEP_IDS) {
      const res = await srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}`, {
        token,
        json: { data: EXAMPLE_DOSSIER.steps[stepId], baseRevision: stepId === 'initiatief' ? 1 : 0, complete: true },
      });
      expect(res.status, `${stepId}: ${JSON.stringify(res.json)}`).toBe(200);
    }
    const dossier = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
    const signers: Record<string, string> = {};
    for (const p of dossier.partners as { id: string; name: string }[]) {
      const res = await srv.call('POST', `/api/dossiers/${id}/invites`, {
        token,
        json: { partner: p.id, role: 'bewerken', tekenbevoegd: true, name: `Tekenaar ${p.name}` },
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      signers[p.id] = res.json.token;
    }
    if (approve) await approveAll(id, dossier.partners, signers, REQUIRED);
    return { id, token, dossier, signers };
  }

  async function approveAll(id: string, partners: { id: string }[], signers: Record<string, string>, steps: readonly string[]) {
    for (const stepId of steps) {
      for (const p of partners) {
        const res = await srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}/approval`, { token: signers[p.id] });
        expect(res.status, JSON.stringify(res.json)).toBe(200);
      }
    }
  }

  const sign = (id: string, token: string, n: number, body: Record<string, unknown>) =>
    srv.call('POST', `/api/dossiers/${id}/versions/${n}/signatures`, { token, json: body });
  const typed = (organisation: string, name = 'Şükrü Yılmaz') => ({
    organisation,
    name,
    function: 'Directeur',
    method: 'typed',
    authorised: true,
  });

  it('starts in concept with no versions', async () => {
    const { id, token } = await srv.createDossier();
    const res = await srv.call('GET', `/api/dossiers/${id}`, { token });
    expect(res.json.lifecycle).toBe('concept');
    expect(res.json.versions).toEqual([]);
  });

  it('refuses to freeze while required steps are incomplete, listing what is missing', async () => {
    const { id, token } = await srv.createDossier();
    const res = await srv.call('POST', `/api/dossiers/${id}/versions`, { token });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatch(/verplichte onderdelen/);
    const steps = new Set(res.json.missing.map((m: { stepId: string }) => m.stepId));
    expect([...steps].sort()).toEqual(
      [
        'initiatief',
        'aanspreekpunten',
        'financiering',
        'visie',
        'taakverdeling',
        'signalen',
        'faciliteiten',
        'bekendheid',
        'evaluatie',
      ].sort(),
    );
  });

  it('freezes, signs per organisation, and becomes getekend when every partner has signed', async () => {
    const { id, token, dossier, signers } = await completeDossier();
    const frozen = await srv.call('POST', `/api/dossiers/${id}/versions`, { token });
    expect(frozen.status).toBe(201);
    expect(frozen.json.version).toBe(1);
    expect(frozen.json.hash).toMatch(/^[0-9a-f]{64}$/);

    // The hash is the SHA-256 of the RFC 8785 text of what was agreed.
    const stored = (await srv.db.query<{ canonical: string }>('SELECT canonical FROM versions WHERE dossier_id = $1', [id]))[0]!;
    expect(await sha256Hex(stored.canonical)).toBe(frozen.json.hash);
    expect(canonicalJson(JSON.parse(stored.canonical))).toBe(stored.canonical);

    // Edits to the agreement text are refused while it awaits signatures.
    const edit = await srv.call('PUT', `/api/dossiers/${id}/steps/visie`, {
      token,
      json: { data: { ...dossier.steps.visie.data, vision: 'Toch anders.' }, baseRevision: dossier.steps.visie.revision },
    });
    expect(edit.status).toBe(409);
    expect(edit.json.error).toMatch(/ter ondertekening/);

    const partners: { id: string }[] = dossier.partners;
    expect(partners.length).toBeGreaterThanOrEqual(3);
    const [first, second, ...rest] = partners;
    // Only a signing link of that very organisation signs for it: not the owner, not another partner's.
    const byOwner = await sign(id, token, 1, typed(first!.id));
    expect(byOwner.status).toBe(403);
    expect(byOwner.json.error).toMatch(/eigenaarslink/);
    const forOther = await sign(id, signers[second!.id]!, 1, typed(first!.id));
    expect(forOther.status).toBe(403);
    expect(forOther.json.error).toMatch(/eigen organisatie/);
    const s1 = await sign(id, signers[first!.id]!, 1, typed(first!.id));
    expect(s1.status).toBe(201);
    expect(s1.json.signature.versionHash).toBe(frozen.json.hash);
    expect(s1.json.state).toBe('ter-ondertekening');
    expect((await sign(id, signers[first!.id]!, 1, typed(first!.id, 'Nog iemand'))).status).toBe(409);

    const drawn = await sign(id, signers[second!.id]!, 1, {
      ...typed(second!.id, 'Łucja Wąsowska'),
      method: 'drawn',
      image: png(),
    });
    expect(drawn.status).toBe(201);
    for (const p of rest) {
      const res = await sign(id, signers[p.id]!, 1, { ...typed(p.id, 'Nguyễn Thị Hương'), mandate: 'Mandaat van het college' });
      expect(res.status).toBe(201);
    }

    const after = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
    expect(after.lifecycle).toBe('getekend');
    expect(after.versions[0].status).toBe('getekend');
    expect(after.versions[0].signatures.map((s: { name: string }) => s.name)).toContain('Nguyễn Thị Hương');

    // Amendment: a new draft, version 1 stays; freezing again makes version 2 that replaces 1.
    expect((await srv.call('POST', `/api/dossiers/${id}/lifecycle`, { token, json: { event: 'ACTIVATE' } })).json.state).toBe(
      'actief',
    );
    expect((await srv.call('POST', `/api/dossiers/${id}/lifecycle`, { token, json: { event: 'AMEND' } })).json.state).toBe(
      'wijziging',
    );
    const changed = await srv.call('PUT', `/api/dossiers/${id}/steps/visie`, {
      token,
      json: {
        data: { ...dossier.steps.visie.data, vision: 'Aangescherpte visie na de eerste evaluatie.' },
        baseRevision: dossier.steps.visie.revision,
      },
    });
    expect(changed.status).toBe(200);
    // The change reset the akkoord on that step (and only there): every partner is asked again.
    const unapproved = await srv.call('POST', `/api/dossiers/${id}/versions`, { token });
    expect(unapproved.status).toBe(409);
    expect(unapproved.json.missingApprovals).toEqual(partners.map((p) => ({ stepId: 'visie', partnerId: p.id })));
    await approveAll(id, partners, signers, ['visie']);
    const v2 = await srv.call('POST', `/api/dossiers/${id}/versions`, { token });
    expect(v2.json.version).toBe(2);
    expect(v2.json.hash).not.toBe(frozen.json.hash);
    const withV2 = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
    expect(withV2.versions.map((v: { number: number; replaces: number | null }) => [v.number, v.replaces])).toEqual([
      [1, null],
      [2, 1],
    ]);

    // Withdrawing version 2 voids its signatures and returns to the amendment draft.
    expect((await sign(id, signers[first!.id]!, 2, typed(first!.id))).status).toBe(201);
    const withdrawn = await srv.call('DELETE', `/api/dossiers/${id}/versions/2`, { token, json: { reason: 'Tekstfout' } });
    expect(withdrawn.json.state).toBe('wijziging');
    expect((await sign(id, signers[second!.id]!, 2, typed(second!.id))).status).toBe(409);
    const final = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
    expect(final.versions[1].status).toBe('ingetrokken');
    expect(final.versions[1].signatures[0].voidedAt).not.toBeNull();
    expect(final.versions[0].status).toBe('getekend');
  });

  it('asks every partner’s akkoord on every required step before freezing; the owner may override with a reason', async () => {
    const { id, token, dossier, signers } = await completeDossier({ approve: false });
    const freeze = (t: string, json?: unknown) => srv.call('POST', `/api/dossiers/${id}/versions`, { token: t, json });
    const refused = await freeze(token);
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatch(/akkoord/);
    expect(refused.json.missing).toEqual([]);
    expect(refused.json.missingApprovals).toHaveLength(REQUIRED.length * dossier.partners.length);

    const school = dossier.partners[1].id;
    expect((await freeze(signers[school]!, { override: { reason: 'Haast' } })).status).toBe(403);
    const noReason = await freeze(token, { override: { reason: '   ' } });
    expect(noReason.status).toBe(400);
    expect(noReason.json.issues[0].path).toEqual(['override', 'reason']);

    const reason = 'De wethouder tekent morgen; de school gaf mondeling akkoord.';
    const frozen = await freeze(token, { override: { reason } });
    expect(frozen.status).toBe(201);
    expect(frozen.json.overrideReason).toBe(reason);
    const after = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
    expect(after.versions[0].overrideReason).toBe(reason);
    const entries = await srv.db.query<{ result: string; actor: string; detail: string }>(
      `SELECT result, actor, detail FROM audit_log WHERE dossier_id = $1 AND action = 'version.freeze'`,
      [id],
    );
    expect(entries).toEqual([
      { result: 'ok:override', actor: expect.stringMatching(/\(eigenaar\)$/), detail: expect.stringContaining(reason) },
    ]);
  });

  it('refuses bad signatures with clear messages and changes nothing', async () => {
    const { id, token, dossier, signers } = await completeDossier();
    const org = dossier.partners[0].id;
    const signer = signers[org]!;
    expect((await sign(id, signer, 1, typed(org))).status).toBe(404); // nothing frozen yet: no version 1
    await srv.call('POST', `/api/dossiers/${id}/versions`, { token });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...typed(org), authorised: false }, 'authorised'],
      [{ ...typed(org), authorised: undefined }, 'authorised'],
      [{ ...typed(org), name: '  ' }, 'name'],
      [{ ...typed(org), method: 'drawn' }, 'image'],
      [{ ...typed(org), method: 'drawn', image: 'data:image/jpeg;base64,/9j/4AAQ' }, 'image'],
      [
        { ...typed(org), method: 'drawn', image: `data:image/png;base64,${Buffer.from('not a png').toString('base64')}` },
        'image',
      ],
      [{ ...typed(org), method: 'drawn', image: png() + 'A'.repeat(300_000) }, 'image'],
      [{ ...typed(org), organisation: '' }, 'organisation'],
    ];
    for (const [body, field] of cases) {
      const res = await sign(id, signer, 1, body);
      expect(res.status, JSON.stringify(res.json)).toBe(400);
      expect(res.json.issues.map((i: { path: string[] }) => i.path[0])).toContain(field);
    }
    // An organisation that is not the link's own is not a bad body but a missing right.
    expect((await sign(id, signer, 1, typed('onbekende-partner'))).status).toBe(403);
    expect((await sign(id, signer, 7, typed(org))).status).toBe(404);
    expect((await sign(id, signer, 'x' as unknown as number, typed(org))).status).toBe(404);
    const after = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
    expect(after.versions[0].signatures).toEqual([]);
    expect(after.lifecycle).toBe('ter-ondertekening');
  });

  it('withdrawing: only the owner or a signing link, with a reason; the signers see who voided their signature, when and why', async () => {
    const { id, token, dossier, signers } = await completeDossier();
    expect((await srv.call('POST', `/api/dossiers/${id}/versions`, { token })).status).toBe(201);
    const [gemeente, school] = dossier.partners as { id: string; name: string }[];
    expect((await sign(id, signers[school!.id]!, 1, typed(school!.id))).status).toBe(201);
    const withdraw = (t: string, json?: unknown) => srv.call('DELETE', `/api/dossiers/${id}/versions/1`, { token: t, json });

    // A `bewerken` link without signing rights cannot void the school's signature.
    const editor = await srv.call('POST', `/api/dossiers/${id}/invites`, {
      token,
      json: { partner: gemeente!.id, role: 'bewerken', tekenbevoegd: false, name: 'Redacteur' },
    });
    const refused = await withdraw(editor.json.token, { reason: 'Zomaar' });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatch(/eigenaar van het dossier of een tekenbevoegde link/);
    // A reason is required, and at most 1000 characters.
    const noReason = await withdraw(token);
    expect(noReason.status).toBe(400);
    expect(noReason.json.issues).toContainEqual({
      path: ['reason'],
      message: expect.stringMatching(/waarom u deze versie intrekt/),
    });
    expect((await withdraw(token, { reason: '   ' })).status).toBe(400);
    expect((await withdraw(token, { reason: 'x'.repeat(1001) })).status).toBe(400);
    expect((await srv.call('GET', `/api/dossiers/${id}`, { token })).json.lifecycle).toBe('ter-ondertekening');

    // A signing link of another organisation may withdraw, with its reason.
    const reason = 'In artikel 3 staat de verkeerde school; we passen het aan en tekenen opnieuw.';
    const done = await withdraw(signers[gemeente!.id]!, { reason });
    expect(done.status).toBe(200);
    expect(done.json.state).toBe('concept');
    const seen = (await srv.call('GET', `/api/dossiers/${id}`, { token: signers[school!.id]! })).json;
    const version = seen.versions[0];
    expect(version).toMatchObject({
      status: 'ingetrokken',
      withdrawReason: reason,
      withdrawnBy: expect.stringContaining(gemeente!.name),
    });
    expect(version.withdrawnAt).not.toBeNull();
    expect(version.signatures).toHaveLength(1);
    expect(version.signatures[0]).toMatchObject({
      organisation: school!.id,
      voidedAt: version.withdrawnAt,
      voidedBy: version.withdrawnBy,
      voidReason: reason,
    });
    const one = await srv.call('GET', `/api/dossiers/${id}/versions/1`, { token: signers[school!.id]! });
    expect(one.json.signatures[0].voidReason).toBe(reason);
    // Audited, with the reason and whose signatures were voided.
    const csv = await srv.call('GET', `/api/dossiers/${id}/audit.csv`, { token });
    const line = csv.text.split('\n').find((l) => l.includes('Versie teruggetrokken'))!;
    expect(line).toContain(reason);
    expect(line).toContain(school!.name);
    expect(line).toContain('Gelukt; 1 handtekening is vervallen');
  });

  it('refuses transitions the machine does not allow', async () => {
    const { id, token } = await srv.createDossier();
    expect((await srv.call('POST', `/api/dossiers/${id}/lifecycle`, { token, json: { event: 'AMEND' } })).status).toBe(409);
    expect((await srv.call('POST', `/api/dossiers/${id}/lifecycle`, { token, json: { event: 'ACTIVATE' } })).status).toBe(409);
    expect((await srv.call('POST', `/api/dossiers/${id}/lifecycle`, { token, json: { event: 'SIGN' } })).status).toBe(400);
    expect((await srv.call('DELETE', `/api/dossiers/${id}/versions/1`, { token, json: { reason: 'Test' } })).status).toBe(404);
  });

  it('keeps evaluation rounds editable after signing, and out of the signed text', async () => {
    const { id, token, dossier } = await completeDossier();
    const frozen = await srv.call('POST', `/api/dossiers/${id}/versions`, { token });
    const evaluatie = dossier.steps.evaluatie;
    const res = await srv.call('PUT', `/api/dossiers/${id}/steps/evaluatie`, {
      token,
      json: { data: { ...evaluatie.data, checkpoints: [] }, baseRevision: evaluatie.revision },
    });
    expect(res.status).toBe(200);
    const text = (await srv.db.query<{ canonical: string }>('SELECT canonical FROM versions WHERE dossier_id = $1', [id]))[0]!;
    expect(JSON.parse(text.canonical).steps.evaluatie.checkpoints).toBeUndefined();
    expect(await sha256Hex(text.canonical)).toBe(frozen.json.hash);
    const schedule = await srv.call('PUT', `/api/dossiers/${id}/steps/evaluatie`, {
      token,
      json: { data: { ...res.json.data, frequency: 'jaarlijks' }, baseRevision: res.json.revision },
    });
    expect(schedule.status).toBe(409);
  });

  it('keeps frozen versions immutable in the database', async () => {
    const { id, token } = await completeDossier();
    await srv.call('POST', `/api/dossiers/${id}/versions`, { token });
    await expect(srv.db.query(`UPDATE versions SET canonical = '{}' WHERE dossier_id = $1`, [id])).rejects.toThrow(/immutable/);
  });
});
