import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { STEPS } from '#steps/index';
import { fillWithExample } from '#tests/server/fixtures';
import { DB_KINDS, dumpAllTables, startTestServer, type TestServer } from '#tests/utils/test-server';
import { openEvents } from '#tests/utils/sse';

const REQUIRED = STEPS.filter((s) => s.agreement.role === 'required').map((s) => s.id);

/** A dossier filled with the example, signed by every partner (version 1), plus its signing links. */
async function signedDossier(srv: TestServer, title = 'Samen in Westerhaven') {
  const { id, token } = await srv.createDossier(title, 'Gemeente Westerhaven');
  await fillWithExample(srv, id, token);
  const partners = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json.partners as { id: string; name: string }[];
  const signers: Record<string, string> = {};
  for (const p of partners) {
    const res = await srv.call('POST', `/api/dossiers/${id}/invites`, {
      token,
      json: { partner: p.id, role: 'bewerken', tekenbevoegd: true, name: `Tekenaar ${p.name}` },
    });
    signers[p.id] = res.json.token;
  }
  for (const stepId of REQUIRED)
    for (const p of partners)
      expect((await srv.call('PUT', `/api/dossiers/${id}/steps/${stepId}/approval`, { token: signers[p.id] })).status).toBe(200);
  expect((await srv.call('POST', `/api/dossiers/${id}/versions`, { token })).status).toBe(201);
  for (const p of partners) {
    const res = await srv.call('POST', `/api/dossiers/${id}/versions/1/signatures`, {
      token: signers[p.id],
      json: { organisation: p.id, name: `Tekenaar ${p.name}`, function: 'Directeur', method: 'typed', authorised: true },
    });
    expect(res.status, res.text).toBe(201);
  }
  return { id, token, signers };
}

const download = async (srv: TestServer, path: string, token: string) => {
  const res = await fetch(srv.url + path, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
};
const upload = (srv: TestServer, bytes: Uint8Array, type = 'application/zip') =>
  srv.call('POST', '/api/import', { body: bytes as Uint8Array<ArrayBuffer>, headers: { 'content-type': type } });

/**
 * An evaluation round held: opened, answered by the owner with `tops`, one student's answer, closed.
 * Its answers live in tables without a dossier_id (round_responses, student_responses).
 */
async function heldRound(srv: TestServer, d: { id: string; token: string; signers: Record<string, string> }, tops: string) {
  const base = `/api/dossiers/${d.id}/rounds`;
  const [round] = (await srv.call('GET', base, { token: d.token })).json.rounds;
  expect((await srv.call('POST', `${base}/${round.id}/open`, { token: d.token })).status).toBe(200);
  const answered = await srv.call('PUT', `${base}/${round.id}/answers/me`, {
    token: d.token,
    json: { answers: { tops }, baseRevision: 0 },
  });
  expect(answered.status, answered.text).toBe(200);
  const students = await srv.call('POST', `${base}/${round.id}/students`, { token: d.token, json: {} });
  expect(students.status, students.text).toBe(201);
  const sent = await srv.call('POST', '/api/peiling', {
    token: students.json.token,
    json: { answers: { visible: 'ja', knowWhatFor: 'nee' }, needs: ['vaker'] },
  });
  expect(sent.status, sent.text).toBe(201);
  expect((await srv.call('POST', `${base}/${round.id}/close`, { token: d.token })).status).toBe(200);
  return round.id as string;
}

describe.each(DB_KINDS)('AVG: export, import, erase on %s', (kind) => {
  let srv: TestServer;
  let other: TestServer;
  let d: Awaited<ReturnType<typeof signedDossier>>;
  let zip: Uint8Array;
  let roundId: string;
  beforeAll(async () => {
    srv = await startTestServer(kind);
    other = await startTestServer(kind);
    d = await signedDossier(srv);
    roundId = await heldRound(srv, d, 'Tussenevaluatie: het vaste spreekuur werkt');
  });
  afterAll(async () => {
    await srv?.close();
    await other?.close();
  });

  it('the owner downloads the whole dossier as one ZIP: JSON with a schema version, history, audit log CSV, sealed PDFs, rounds', async () => {
    expect((await download(srv, `/api/dossiers/${d.id}/export.zip`, Object.values(d.signers)[0]!)).status).toBe(403);
    const res = await download(srv, `/api/dossiers/${d.id}/export.zip`, d.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    zip = res.bytes;
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['LEESMIJ.txt', 'dossier.json', 'logboek.csv', 'overeenkomst-versie-1.pdf']);
    const json = JSON.parse(new TextDecoder().decode(files['dossier.json']));
    expect(json).toMatchObject({ format: 'samenwerkwijzer-dossier', schemaVersion: 1 });
    expect(json.tables.dossiers[0]).toMatchObject({ id: d.id, title: 'Samen in Westerhaven', token_hash: null });
    expect(json.tables.steps.length).toBe(11);
    expect(json.tables.step_revisions.length).toBeGreaterThanOrEqual(11);
    expect(json.tables.signatures.length).toBe(Object.keys(d.signers).length);
    expect(json.tables.invites.every((i: { token_hash: unknown }) => i.token_hash === null)).toBe(true);
    expect(json.tables.rounds.find((r: { id: string }) => r.id === roundId)).toMatchObject({
      dossier_id: d.id,
      state: 'gesloten',
    });
    expect(json.tables.round_responses).toEqual([
      expect.objectContaining({ round_id: roundId, answers: { tops: 'Tussenevaluatie: het vaste spreekuur werkt' } }),
    ]);
    expect(json.tables.student_responses).toEqual([expect.objectContaining({ round_id: roundId })]);
    const csv = new TextDecoder().decode(files['logboek.csv']);
    // The same readable log as the download: Dutch phrases, no codes.
    expect(csv).toContain('Versie ondertekend');
    expect(csv).toContain('Dossier geëxporteerd');
    expect(csv).not.toContain('version.sign');
    // The sealed PDF is the very file every download returns.
    const pdf = await download(srv, `/api/dossiers/${d.id}/versions/1/agreement.pdf`, d.token);
    expect(Buffer.compare(Buffer.from(files['overeenkomst-versie-1.pdf']!), Buffer.from(pdf.bytes))).toBe(0);
  });

  it('an import restores it on another server with a new link; sealed PDFs byte-identical; old links do not work there', async () => {
    const res = await upload(other, zip);
    expect(res.status, res.text).toBe(201);
    const { id, token } = res.json;
    expect(id).not.toBe(d.id);
    const moved = (await other.call('GET', `/api/dossiers/${id}`, { token })).json;
    const original = (await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token })).json;
    expect(moved.title).toBe(original.title);
    for (const stepId of Object.keys(original.steps)) expect(moved.steps[stepId].data).toEqual(original.steps[stepId].data);
    expect(moved.versions[0]).toMatchObject({ status: 'getekend', hash: original.versions[0].hash });
    const pdf = await download(other, `/api/dossiers/${id}/versions/1/agreement.pdf`, token);
    const before = await download(srv, `/api/dossiers/${d.id}/versions/1/agreement.pdf`, d.token);
    expect(Buffer.compare(Buffer.from(pdf.bytes), Buffer.from(before.bytes))).toBe(0);
    const verified = await other.call('POST', '/api/verify', {
      body: pdf.bytes as Uint8Array<ArrayBuffer>,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(verified.json).toMatchObject({ sealed: true, unaltered: true, dossierId: id, version: 1 });
    // The held round comes along, closed, with the same results.
    const results = (path: string, s: TestServer, t: string) => s.call('GET', path, { token: t });
    const there = await results(`/api/dossiers/${id}/rounds/${roundId}/results`, other, token);
    const here = await results(`/api/dossiers/${d.id}/rounds/${roundId}/results`, srv, d.token);
    expect(there.status, there.text).toBe(200);
    expect(there.json).toEqual(here.json);
    for (const old of Object.values(d.signers))
      expect((await other.call('GET', `/api/dossiers/${id}`, { token: old })).status).toBe(404);
    // The same export a second time on the same server: refused, nothing half-imported.
    const again = await upload(other, zip);
    expect(again.status).toBe(409);
    expect(again.json.error).toMatch(/al eens ingelezen/);
  });

  it('an import checks the format, the schema version and every sealed PDF', async () => {
    const files = unzipSync(zip);
    const json = JSON.parse(new TextDecoder().decode(files['dossier.json']));
    const withJson = (j: unknown, pdf = files['overeenkomst-versie-1.pdf']!) =>
      zipSync({ 'dossier.json': strToU8(JSON.stringify(j)), 'overeenkomst-versie-1.pdf': pdf });
    const future = await upload(other, withJson({ ...json, schemaVersion: 99 }));
    expect(future.status).toBe(400);
    expect(future.json.error).toMatch(/schemaversie 99/);
    const newer = await upload(other, withJson({ ...json, migrations: [...json.migrations, 999] }));
    expect(newer.json.error).toMatch(/nieuwere Samenwerkwijzer/);
    const tampered = files['overeenkomst-versie-1.pdf']!.slice();
    tampered[tampered.length - 10] ^= 1;
    const changed = await upload(other, withJson(json, tampered));
    expect(changed.status).toBe(400);
    expect(changed.json.error).toMatch(/versie 1 .*gewijzigd/);
    expect((await upload(other, strToU8('geen zip'))).status).toBe(400);
    expect((await upload(other, zip, 'text/plain')).status).toBe(415);
  });

  it('the owner deletes the dossier after typing its title: every row goes, links stop, live streams close, a tombstone answers 410', async () => {
    const e = await signedDossier(srv, 'Weg ermee');
    await heldRound(srv, e, 'Weg ermee: antwoord in een ronde');
    const signer = Object.values(e.signers)[0]!;
    const stream = await openEvents(srv.url, e.id, signer);
    await stream.next((ev) => ev.event === 'ready');

    const del = (token: string, json?: unknown) => srv.call('DELETE', `/api/dossiers/${e.id}`, { token, json });
    expect((await del(signer, { confirmTitle: 'Weg ermee' })).status).toBe(403);
    const wrong = await del(e.token, { confirmTitle: 'weg ermee' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.issues[0]).toMatchObject({
      path: ['confirmTitle'],
      message: expect.stringMatching(/titel van het dossier precies/),
    });
    expect((await del(e.token, { confirmTitle: 'Weg ermee' })).status).toBe(200);

    await stream.ended;
    for (const token of [e.token, signer]) {
      const res = await srv.call('GET', `/api/dossiers/${e.id}`, { token });
      expect(res.status).toBe(410);
      expect(res.json.error).toMatch(/verwijderd door eigenaar/);
      expect(res.json.reason).toBe('verwijderd door eigenaar');
    }
    const all = await dumpAllTables(srv.db);
    expect(all).not.toContain('Weg ermee');
    expect(all).not.toContain('antwoord in een ronde');
    const mentions = all.split(e.id).length - 1;
    expect(mentions).toBe(2); // the tombstone, and the erase line of the audit log
    // The other dossier is untouched.
    expect((await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token })).status).toBe(200);
  });
});

describe.each(DB_KINDS)('example dossiers and retention on %s', (kind) => {
  let srv: TestServer;
  let clock = new Date();
  beforeAll(async () => {
    srv = await startTestServer(kind, { now: () => clock, retentionMonths: 6 });
  });
  afterAll(async () => {
    await srv?.close();
  });

  it('"Voorbeeld bekijken" makes a complete example that is erased after 24 hours', async () => {
    clock = new Date();
    const res = await srv.call('POST', '/api/examples');
    expect(res.status).toBe(201);
    expect(Date.parse(res.json.expiresAt) - clock.getTime()).toBe(24 * 60 * 60 * 1000);
    const { id, token } = res.json;
    const dossier = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json;
    expect(Object.values(dossier.steps).every((s) => (s as { status: string }).status === 'afgerond')).toBe(true);
    const kept = await srv.createDossier('Echt dossier');

    clock = new Date(clock.getTime() + 23 * 60 * 60 * 1000);
    expect(await srv.sweeper.runOnce()).toBe(0);
    expect((await srv.call('GET', `/api/dossiers/${id}`, { token })).status).toBe(200);
    clock = new Date(clock.getTime() + 2 * 60 * 60 * 1000);
    expect(await srv.sweeper.runOnce()).toBe(1);
    const gone = await srv.call('GET', `/api/dossiers/${id}`, { token });
    expect(gone.status).toBe(410);
    expect(gone.json.reason).toBe('voorbeeld verlopen na 24 uur');
    expect((await srv.call('GET', `/api/dossiers/${kept.id}`, { token: kept.token })).status).toBe(200);
  });

  it('RETENTION_MONTHS flags a dossier untouched that long, and removes nothing', async () => {
    clock = new Date();
    const d = await srv.createDossier('Oud dossier');
    const now = (await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token })).json;
    expect(now.retention).toMatchObject({ months: 6, flagged: false });
    clock = new Date(Date.now() + 7 * 31 * 24 * 60 * 60 * 1000);
    const later = (await srv.call('GET', `/api/dossiers/${d.id}`, { token: d.token })).json;
    expect(later.retention).toMatchObject({ months: 6, flagged: true, lastActivity: now.retention.lastActivity });
    expect(await srv.sweeper.runOnce()).toBe(0);
  });
});
