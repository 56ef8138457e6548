import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { DB_KINDS, dumpAllTables, startTestServer, type TestServer } from '#tests/utils/test-server';
import { ok, signedDossier, type SignedDossier } from './rounds-fixtures';

const PLAN = (EXAMPLE_DOSSIER.steps.taakverdeling as { actionPlan: { id: string }[] }).actionPlan;
const WORKING_TABLES = [
  'action_progress',
  'action_progress_history',
  'proposed_actions',
  'knowledge_activities',
  'calendar_feeds',
];

/** Working data of every kind: progress with history, a proposal, a knowledge activity held, a calendar feed. */
async function withWorkingData(srv: TestServer, d: SignedDossier, mark: string) {
  const base = `/api/dossiers/${d.id}`;
  await ok(
    srv.call('PUT', `${base}/actions/${PLAN[1]!.id}/progress`, {
      token: d.token,
      json: { status: 'bezig', note: mark, revision: 0 },
    }),
  );
  await ok(
    srv.call('PUT', `${base}/actions/${PLAN[1]!.id}/progress`, { token: d.token, json: { status: 'gereed', revision: 1 } }),
  );
  await ok(srv.call('POST', `${base}/proposed-actions`, { token: d.token, json: { action: { what: `Voorstel ${mark}` } } }), 201);
  await ok(
    srv.call('POST', `${base}/knowledge-activities`, {
      token: d.token,
      json: { heldOn: '2027-01-13', kind: 'training', topic: `Training ${mark}`, partnerIds: [], participants: 12 },
    }),
    201,
  );
  return (await ok(srv.call('POST', `${base}/calendar-feed`, { token: d.token }), 201)).json.path as string;
}

describe.each(DB_KINDS)('working data in the AVG export, import and erasure on %s', (kind) => {
  let srv: TestServer;
  let other: TestServer;
  beforeAll(async () => {
    srv = await startTestServer(kind);
    other = await startTestServer(kind);
  });
  afterAll(async () => {
    await srv?.close();
    await other?.close();
  });

  it('exports every working-data table, imports it elsewhere (the feed URL stays behind), and erases all of it', async () => {
    const d = await signedDossier(srv);
    const feed = await withWorkingData(srv, d, 'uitvoer-merkteken');
    const res = await fetch(`${srv.url}/api/dossiers/${d.id}/export.zip`, { headers: { authorization: `Bearer ${d.token}` } });
    expect(res.status).toBe(200);
    const zip = new Uint8Array(await res.arrayBuffer());
    const json = JSON.parse(new TextDecoder().decode(unzipSync(zip)['dossier.json']));
    for (const table of WORKING_TABLES)
      expect(json.tables[table], table).toHaveLength(table === 'action_progress_history' ? 2 : 1);
    expect(json.tables.calendar_feeds[0].token_hash).toBeNull();

    const imported = await other.call('POST', '/api/import', { body: zip, headers: { 'content-type': 'application/zip' } });
    expect(imported.status, imported.text).toBe(201);
    const { id, token } = imported.json;
    const here = (await ok(srv.call('GET', `/api/dossiers/${d.id}/actions`, { token: d.token }))).json;
    const there = (await ok(other.call('GET', `/api/dossiers/${id}/actions`, { token }))).json;
    expect(there.actions).toEqual(here.actions);
    expect(there.actions.find((a: { id: string }) => a.id === PLAN[1]!.id).history).toHaveLength(2);
    const activities = (await ok(other.call('GET', `/api/dossiers/${id}/knowledge-activities`, { token }))).json.activities;
    expect(activities).toEqual([expect.objectContaining({ topic: 'Training uitvoer-merkteken', participants: 12 })]);
    // The feed URL named the old server's dossier: here there is none until the owner makes one.
    expect((await ok(other.call('GET', `/api/dossiers/${id}/calendar-feed`, { token }))).json.active).toBe(false);
    expect((await ok(other.call('POST', `/api/dossiers/${id}/calendar-feed`, { token }), 201)).status).toBe(201);

    const erased = await srv.call('DELETE', `/api/dossiers/${d.id}`, {
      token: d.token,
      json: { confirmTitle: EXAMPLE_DOSSIER.title },
    });
    expect(erased.status).toBe(200);
    for (const table of WORKING_TABLES) {
      const rows = await srv.db.query(`SELECT 1 FROM ${table} WHERE dossier_id = $1`, [d.id]);
      expect(rows, table).toEqual([]);
    }
    expect(await dumpAllTables(srv.db)).not.toContain('uitvoer-merkteken');
    expect((await fetch(srv.url + feed)).status).toBe(404);
  });

  it('keeps the history of progress append-only', async () => {
    const d = await signedDossier(srv);
    await withWorkingData(srv, d, 'geschiedenis');
    await expect(
      srv.db.query(`UPDATE action_progress_history SET to_status = 'gepland' WHERE dossier_id = $1`, [d.id]),
    ).rejects.toThrow(/append-only/);
    await expect(srv.db.query('DELETE FROM action_progress_history WHERE dossier_id = $1', [d.id])).rejects.toThrow(
      /append-only/,
    );
  });
});
