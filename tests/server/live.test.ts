import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, startTestServer, type TestServer } from '#tests/utils/test-server';
import { startApp, type AppProcess } from '#tests/utils/app-process';
import { openEvents, type SseStream } from '#tests/utils/sse';
import { completeInitiatief } from './fixtures';

describe.each(DB_KINDS)('live events on %s', (kind) => {
  let srv: TestServer;
  const streams: SseStream[] = [];
  beforeAll(async () => {
    srv = await startTestServer(kind, { live: { presenceTtlMs: 600 } });
  });
  afterAll(async () => {
    streams.forEach((s) => s.close());
    await srv?.close();
  });

  const open = async (id: string, token: string | undefined, lastEventId?: string) => {
    const s = await openEvents(srv.url, id, token, { lastEventId });
    streams.push(s);
    return s;
  };

  /** A dossier with the fixture's three partners and editing links for the school and youth work. */
  async function dossier() {
    const { id, token } = await srv.createDossier();
    expect(
      (
        await srv.call('PUT', `/api/dossiers/${id}/steps/initiatief`, {
          token,
          json: { data: completeInitiatief(), baseRevision: 1 },
        })
      ).status,
    ).toBe(200);
    const invite = async (partner: string, role: string, name: string) => {
      const res = await srv.call('POST', `/api/dossiers/${id}/invites`, {
        token,
        json: { partner, role, tekenbevoegd: false, name },
      });
      expect(res.status).toBe(201);
      return res.json as { id: string; token: string };
    };
    return {
      id,
      owner: token,
      school: await invite('p-school', 'bewerken', 'Sanne de Wit'),
      jw: await invite('p-jw', 'bewerken', 'Ahmed Yilmaz'),
      reader: await invite('p-jw', 'lezen', 'Lees Mee'),
    };
  }
  const saveVision = async (id: string, token: string, vision: string) => {
    const current = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json.steps.visie;
    const res = await srv.call('PUT', `/api/dossiers/${id}/steps/visie`, {
      token,
      json: { data: { ...current.data, vision }, baseRevision: current.revision },
    });
    expect(res.status).toBe(200);
    return res.json.revision as number;
  };

  it('no token → 401, a wrong one → 404, and nothing streams', async () => {
    const { id } = await dossier();
    const none = await open(id, undefined);
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/json/);
    const wrong = await open(id, 'x'.repeat(43));
    expect(wrong.status).toBe(404);
  });

  it('a save reaches every open stream with the step as saved, the new revision and who acted; ids, ready and heartbeat framing', async () => {
    const d = await dossier();
    const owner = await open(d.id, d.owner);
    const jw = await open(d.id, d.jw.token);
    expect(owner.status).toBe(200);
    expect(owner.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(owner.headers.get('cache-control')).toMatch(/no-store|no-cache/);
    await owner.next((e) => e.event === 'ready');
    await jw.next((e) => e.event === 'ready');
    const revision = await saveVision(d.id, d.school.token, 'Samen zorgen we dat jongeren gezien worden.');
    // The step exactly as a reload would show it: other browsers apply it without loading the dossier.
    const { approvals: _approvals, ...saved } = (await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.jw.token })).json.steps
      .visie;
    expect(saved.data.vision).toBe('Samen zorgen we dat jongeren gezien worden.');
    for (const s of [owner, jw]) {
      const e = await s.next((x) => x.event === 'step');
      expect(e.id).toMatch(/^[0-9a-f]+-\d+$/);
      expect(e.data).toEqual({
        stepId: 'visie',
        revision,
        status: saved.status,
        actor: {
          key: `invite:${d.school.id}`,
          kind: 'invite',
          partnerId: 'p-school',
          partnerName: 'Het Stedelijk Lyceum',
          name: 'Sanne de Wit',
        },
        state: saved,
      });
    }
    // The owner acts for the gemeente.
    await saveVision(d.id, d.owner, 'Tweede versie.');
    const byOwner = await jw.next((x) => x.event === 'step' && x.data.revision === revision + 1);
    expect(byOwner.data.actor).toMatchObject({ key: 'owner', kind: 'owner', partnerName: 'Gemeente Utrecht', name: null });
  });

  it('a step too large to send along arrives as ids only (PostgreSQL NOTIFY carries < 8000 bytes), and reaches every stream', async () => {
    const d = await dossier();
    const s = await open(d.id, d.jw.token);
    await s.next((e) => e.event === 'ready');
    // About 9 KB of text: fits in one process, not through NOTIFY.
    const long = 'Jongeren in de wijk verdienen een plek waar ze gehoord worden. '.repeat(140);
    const revision = await saveVision(d.id, d.owner, long);
    const e = await s.next((x) => x.event === 'step' && x.data.revision === revision);
    if (kind === 'postgres') expect(e.data).not.toHaveProperty('state');
    else expect(e.data.state.data.vision).toBe(long);
    expect(e.data).toMatchObject({ stepId: 'visie', revision, actor: { key: 'owner' } });
  });

  it('approvals and lifecycle changes are announced', async () => {
    const d = await dossier();
    const s = await open(d.id, d.owner);
    await s.next((e) => e.event === 'ready');
    expect((await srv.call('PUT', `/api/dossiers/${d.id}/steps/visie/approval`, { token: d.school.token })).status).toBe(200);
    const a = await s.next((e) => e.event === 'approvals');
    expect(a.data).toMatchObject({ stepId: 'visie', actor: { partnerId: 'p-school' } });
    expect(a.id).toBeTruthy();
    // A refused write announces nothing.
    expect((await srv.call('PUT', `/api/dossiers/${d.id}/steps/visie/approval`, { token: d.reader.token })).status).toBe(403);
    const freeze = await srv.call('POST', `/api/dossiers/${d.id}/versions`, {
      token: d.owner,
      json: { override: { reason: 'Test van live-updates.' } },
    });
    if (freeze.status < 300) {
      const l = await s.next((e) => e.event === 'lifecycle');
      expect(l.data.actor.key).toBe('owner');
    }
    expect(s.events.filter((e) => e.event === 'approvals')).toHaveLength(1);
  });

  it('resumes with Last-Event-ID: replays what was missed, in order; an unknown id gets resync', async () => {
    const d = await dossier();
    const first = await open(d.id, d.owner);
    await saveVision(d.id, d.school.token, 'Een.');
    const seen = await first.next((e) => e.event === 'step');
    first.close();
    await first.ended;
    const r2 = await saveVision(d.id, d.school.token, 'Twee.');
    const r3 = await saveVision(d.id, d.jw.token, 'Drie.');
    const resumed = await open(d.id, d.owner, seen.id);
    const ready = await resumed.next((e) => e.event === 'ready');
    const replayed = resumed.events.filter((e) => e.event === 'step');
    expect(replayed.map((e) => e.data.revision)).toEqual([r2, r3]);
    // Replayed events carry ids only (the browser loads what it missed): the server keeps them small.
    expect(replayed.map((e) => 'state' in e.data)).toEqual([false, false]);
    expect(replayed.map((e) => e.data.actor.partnerId)).toEqual(['p-school', 'p-jw']);
    expect(ready.id).toBe(replayed[1]!.id);
    expect(resumed.events.findIndex((e) => e.event === 'presence')).toBeGreaterThan(resumed.events.indexOf(replayed[1]!));

    const lost = await open(d.id, d.owner, 'ffffffff-999');
    await lost.next((e) => e.event === 'ready');
    expect(lost.events.map((e) => e.event)).toEqual(['resync', 'presence', 'ready']);
  });

  it('after a gap larger than the ring buffer, resync', async () => {
    const small = await startTestServer(kind, { live: { bufferSize: 3 } });
    try {
      const { id, token } = await small.createDossier();
      const s = await openEvents(small.url, id, token);
      let rev = 1;
      const put = async () => {
        const res = await small.call('PUT', `/api/dossiers/${id}/steps/visie`, {
          token,
          json: { data: { vision: `v${rev}` }, baseRevision: rev === 1 ? 0 : rev },
        });
        expect(res.status).toBe(200);
        rev = res.json.revision;
      };
      await put();
      const firstId = (await s.next((e) => e.event === 'step')).id;
      s.close();
      for (let i = 0; i < 4; i++) await put();
      const again = await openEvents(small.url, id, token, { lastEventId: firstId });
      await again.next((e) => e.event === 'ready');
      expect(again.events[0]!.event).toBe('resync');
      again.close();
    } finally {
      await small.close();
    }
  });

  it('revoking an invite closes its open streams at once; the token then gets 404', async () => {
    const d = await dossier();
    const school = await open(d.id, d.school.token);
    const owner = await open(d.id, d.owner);
    await school.next((e) => e.event === 'ready');
    const started = performance.now();
    expect((await srv.call('DELETE', `/api/dossiers/${d.id}/invites/${d.school.id}`, { token: d.owner })).status).toBe(200);
    await school.ended;
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await open(d.id, d.school.token)).status).toBe(404);
    // Other links stay connected and keep hearing.
    await saveVision(d.id, d.jw.token, 'Na het intrekken.');
    await owner.next((e) => e.event === 'step');
  });

  it('at most ten live connections per link; the eleventh gets 429 with Retry-After', async () => {
    const d = await dossier();
    const ten = await Promise.all(Array.from({ length: 10 }, () => open(d.id, d.jw.token)));
    expect(ten.every((s) => s.status === 200)).toBe(true);
    const eleventh = await open(d.id, d.jw.token);
    expect(eleventh.status).toBe(429);
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another link is not affected, nor the owner link of another dossier; a closed one frees its place.
    expect((await open(d.id, d.school.token)).status).toBe(200);
    const owners = await Promise.all(Array.from({ length: 10 }, () => open(d.id, d.owner)));
    const other = await srv.createDossier();
    expect([...owners, await open(other.id, other.token)].every((s) => s.status === 200)).toBe(true);
    owners.forEach((s) => s.close());
    ten[0]!.close();
    await ten[0]!.ended;
    await expect
      .poll(async () => {
        const s = await open(d.id, d.jw.token);
        s.close();
        return s.status;
      })
      .toBe(200);
    ten.forEach((s) => s.close());
  });

  it('presence: who is on which step and which field; a reading link never edits a field; entries expire', async () => {
    const d = await dossier();
    const s = await open(d.id, d.owner);
    await s.next((e) => e.event === 'ready');
    const put = (token: string, json: unknown) => srv.call('PUT', `/api/dossiers/${d.id}/presence`, { token, json });
    expect((await put(d.school.token, { stepId: 'visie', field: 'vision' })).status).toBe(204);
    const p = await s.next((e) => e.event === 'presence' && e.data.viewers.length === 1);
    expect(p.data.viewers).toEqual([
      {
        key: `invite:${d.school.id}`,
        kind: 'invite',
        partnerId: 'p-school',
        partnerName: 'Het Stedelijk Lyceum',
        name: 'Sanne de Wit',
        stepId: 'visie',
        field: 'vision',
      },
    ]);
    expect(p.id).toBeUndefined();
    expect((await put(d.reader.token, { stepId: 'visie', field: 'vision' })).status).toBe(204);
    const both = await s.next((e) => e.event === 'presence' && e.data.viewers.length === 2);
    expect(both.data.viewers.find((v: { name: string }) => v.name === 'Lees Mee')).toMatchObject({
      stepId: 'visie',
      field: null,
    });
    // Bad input.
    for (const body of [{ stepId: 'bestaatniet' }, { field: 'x'.repeat(201) }, { stepId: 'visie', extra: 1 }, { field: 'a b' }]) {
      expect((await put(d.school.token, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await srv.call('PUT', `/api/dossiers/${d.id}/presence`, { json: {} })).status).toBe(401);
    // Leaving ({}), and expiry without a heartbeat (the TTL is 600 ms here).
    await put(d.school.token, {});
    await s.next((e) => e.event === 'presence' && e.data.viewers.length === 1);
    await s.next((e) => e.event === 'presence' && e.data.viewers.length === 0, { timeoutMs: 3000 });
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('live events across two server processes on one PostgreSQL', () => {
  let a: TestServer;
  let b: AppProcess;
  beforeAll(async () => {
    a = await startTestServer('postgres');
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.searchParams.set('options', `-c search_path=${a.schema}`);
    b = await startApp({ env: { DATABASE_URL: url.toString() } });
  }, 90_000);
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  it('a save through either process reaches the streams of both; resume works on the other process; revocation closes streams everywhere', async () => {
    const { id, token } = await a.createDossier();
    expect(
      (
        await a.call('PUT', `/api/dossiers/${id}/steps/initiatief`, {
          token,
          json: { data: completeInitiatief(), baseRevision: 1 },
        })
      ).status,
    ).toBe(200);
    const invite = await a.call('POST', `/api/dossiers/${id}/invites`, {
      token,
      json: { partner: 'p-school', role: 'bewerken', tekenbevoegd: false, name: 'Sanne' },
    });
    const school = invite.json as { id: string; token: string };
    const onA = await openEvents(a.url, id, token);
    const onB = await openEvents(b.url, id, token);
    const schoolOnB = await openEvents(b.url, id, school.token);
    await Promise.all([onA, onB, schoolOnB].map((s) => s.next((e) => e.event === 'ready')));

    // Saved through process B, heard on A (and on B).
    const viaB = await fetch(`${b.url}/api/dossiers/${id}/steps/visie`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${school.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { vision: 'Via proces B.' }, baseRevision: 0 }),
    });
    expect(viaB.status).toBe(200);
    const rev = ((await viaB.json()) as { revision: number }).revision;
    for (const s of [onA, onB]) {
      const e = await s.next((x) => x.event === 'step');
      expect(e.data).toMatchObject({ stepId: 'visie', revision: rev, actor: { partnerId: 'p-school', name: 'Sanne' } });
    }
    // Saved through A, heard on B, with the same id in both processes.
    const viaA = await a.call('PUT', `/api/dossiers/${id}/steps/visie`, {
      token,
      json: { data: { vision: 'Via proces A.' }, baseRevision: rev },
    });
    expect(viaA.status).toBe(200);
    const eA = await onA.next((x) => x.event === 'step' && x.data.revision === viaA.json.revision);
    const eB = await onB.next((x) => x.event === 'step' && x.data.revision === viaA.json.revision);
    expect(eB.id).toBe(eA.id);

    // A client that was on A resumes on B and gets what it missed.
    const firstId = onA.events.find((e) => e.event === 'step')!.id;
    const resumed = await openEvents(b.url, id, token, { lastEventId: firstId });
    await resumed.next((e) => e.event === 'ready');
    expect(resumed.events.filter((e) => e.event === 'step').map((e) => e.id)).toEqual([eA.id]);

    // Presence set on A is seen on B.
    await a.call('PUT', `/api/dossiers/${id}/presence`, { token, json: { stepId: 'visie', field: 'vision' } });
    await onB.next((e) => e.event === 'presence' && e.data.viewers.some((v: { stepId: string }) => v.stepId === 'visie'));

    // Revoked through A: the school's stream on B closes at once.
    expect((await a.call('DELETE', `/api/dossiers/${id}/invites/${school.id}`, { token })).status).toBe(200);
    await schoolOnB.ended;
    [onA, onB, resumed].forEach((s) => s.close());
  }, 30_000);
});
