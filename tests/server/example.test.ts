import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '#src/domain/dates';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { ok } from './rounds-fixtures';

describe.each(DB_KINDS)('"Voorbeeld bekijken" on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  it('makes a partnership in use: signed by every partner’s own link, two rounds held, progress, a proposal, an activity', async () => {
    const started = performance.now();
    const created = await ok(srv.call('POST', '/api/examples'), 201);
    const ms = performance.now() - started;
    const { id, token } = created.json;
    const base = `/api/dossiers/${id}`;
    const get = async (path: string) => (await ok(srv.call('GET', `${base}${path}`, { token }))).json;
    const today = todayInAmsterdam();

    const dossier = await get('');
    expect(dossier.lifecycle).toBe('actief');
    expect(dossier.versions).toHaveLength(1);
    expect(dossier.versions[0].status).toBe('getekend');
    expect(dossier.versions[0].signatures.map((s: { name: string; organisationName: string }) => s.name)).toEqual([
      'Esther Vermeulen',
      'Dirk Hoogendijk',
      'Ingrid Smit',
      'Hasan Demir',
    ]);
    const signed = await srv.db.query<{ actor: string }>(
      `SELECT actor FROM audit_log WHERE dossier_id = $1 AND action = 'version.sign' ORDER BY id`,
      [id],
    );
    // Each through the partner's own signing link, never the owner's.
    expect(signed.map((s) => s.actor)).toEqual([
      expect.stringMatching(/^Esther Vermeulen, Gemeente Westerhaven \(link /),
      expect.stringMatching(/^Dirk Hoogendijk, Het Zeekompas \(link /),
      expect.stringMatching(/^Ingrid Smit, Kustlanden College \(link /),
      expect.stringMatching(/^Hasan Demir, Stichting Welzijn Westerhaven, team Jongerenwerk \(link /),
    ]);

    const rounds = (await get('/rounds')).rounds as { id: string; state: string; number: number | null; plannedOn: string }[];
    const held = rounds.filter((r) => r.state === 'gesloten');
    expect(held.map((r) => r.number)).toEqual([1, 2]);
    expect(held.every((r) => r.plannedOn < today)).toBe(true);
    expect(rounds.some((r) => r.state === 'gepland' && r.plannedOn >= today)).toBe(true);
    const [first, second] = await Promise.all(held.map((r) => get(`/rounds/${r.id}/results`)));
    expect(first.response).toMatchObject({ responded: 4, paper: 1 });
    expect(first.numeric.some((q: { difference: boolean }) => q.difference)).toBe(true);
    expect([first.students.respondents, second.students.respondents]).toEqual([70, 80]);
    const trends = (await get('/trends')).series as { id: string; points: unknown[] }[];
    expect(trends.find((s) => s.id === 'students:visible')?.points).toHaveLength(2);

    const plan = await get('/actions');
    expect(plan.summary.overdue).toBe(1);
    expect(plan.summary.done).toBeGreaterThanOrEqual(8);
    const proposals = plan.actions.filter((a: { source: string }) => a.source === 'voorstel');
    expect(proposals).toEqual([
      expect.objectContaining({ proposal: expect.objectContaining({ roundNumber: 2, sinceVersion: 1 }) }),
    ]);
    const roundsOfChanges = new Set(
      plan.actions.flatMap((a: { history: { roundNumber: number | null }[] }) => a.history.map((h) => h.roundNumber)),
    );
    expect([...roundsOfChanges].sort()).toEqual([1, 2]);
    expect((await get('/knowledge-activities')).activities).toHaveLength(1);

    const followUp = await get('/follow-up');
    expect(followUp.summary.nextRound.date >= today).toBe(true);
    expect(followUp.summary.openRound).toBeUndefined();
    expect(followUp.summary.actions.overdue).toBe(1);
    expect(followUp.summary.funding.monthsLeft).toBeGreaterThan(0);
    expect(followUp.summary.funding.monthsLeft).toBeLessThan(12);
    expect(followUp.summary.funding.searchStarted).toBe(true);
    expect(followUp.timeline.rounds.slice(0, 2).map((r: { number: number }) => r.number)).toEqual([1, 2]);
    // Made on the server in one request; a user waits for it.
    expect(ms).toBeLessThan(30_000);
  });
});
