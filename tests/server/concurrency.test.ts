import { describe, expect, it } from 'vitest';
import { newActionRow } from '#src/tools/action-plan/schema';
import { DB_KINDS, useTestServer, type CallResult, type TestServer } from '#tests/utils/test-server';
import { dossierWithPartners } from './fixtures';

/**
 * No lost edits, over real HTTP: several partners save one step at the same moment, all starting from the
 * same revision. Every acknowledged save (200) is in the final data and in the history; every refused one
 * (409) carries both values and left nothing behind; revisions are consecutive.
 */
describe.each(DB_KINDS)('concurrent writers on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const STEP = 'taakverdeling';
  type Data = { ownExpertise?: string; actionPlan: { id: string; what: string }[] } & Record<string, unknown>;

  /** A dossier whose step 5 holds one action row per writer (revision 1), and one editing link per writer. */
  async function setUp(writers: number) {
    const { id, token } = await dossierWithPartners(srv);
    const base = {
      ownExpertise: 'Basis',
      actionPlan: Array.from({ length: writers }, (_, i) => newActionRow({ id: `row-${i}`, what: `Actie ${i}` })),
    };
    const first = await put(id, token, base, 0);
    expect(first.status).toBe(200);
    const links: string[] = [];
    for (let i = 0; i < writers; i++) {
      const res = await srv.call('POST', `/api/dossiers/${id}/invites`, {
        token,
        json: { partner: i % 2 ? 'p-school' : 'p-jw', role: 'bewerken', tekenbevoegd: false, name: person(i) },
      });
      expect(res.status).toBe(201);
      links.push(res.json.token);
    }
    return { id, owner: token, links, base: first.json.data as Data };
  }
  const person = (i: number) => `Schrijver ${i}`;
  const put = (id: string, token: string, data: object, baseRevision: number) =>
    srv.call('PUT', `/api/dossiers/${id}/steps/${STEP}`, { token, json: { data, baseRevision } });
  const read = async (id: string, token: string) =>
    (await srv.call('GET', `/api/dossiers/${id}`, { token })).json.steps[STEP] as { revision: number; data: Data };
  const withRow = (data: Data, i: number, what: string): Data => ({
    ...data,
    actionPlan: data.actionPlan.map((r) => (r.id === `row-${i}` ? { ...r, what } : r)),
  });

  /** Revisions 1…n with no gaps, in the table and in the history endpoint; returns the history (newest first). */
  async function assertConsecutive(id: string, token: string, final: number) {
    const stored = await srv.db.query<{ revision: number }>(
      'SELECT revision FROM step_revisions WHERE dossier_id = $1 AND step_id = $2 ORDER BY revision',
      [id, STEP],
    );
    expect(stored.map((r) => r.revision)).toEqual(Array.from({ length: final }, (_, i) => i + 1));
    const history = await srv.call('GET', `/api/dossiers/${id}/steps/${STEP}/history?limit=100`, { token });
    expect(history.status).toBe(200);
    expect(history.json.revisions.map((r: { revision: number }) => r.revision)).toEqual(
      Array.from({ length: final }, (_, i) => final - i),
    );
    return history.json.revisions as {
      revision: number;
      actor: { person: string | null } | null;
      changes: { path: string[]; before?: unknown; after?: unknown }[];
    }[];
  }

  const expectOnly200or409 = (results: CallResult[]) => {
    for (const r of results) expect([200, 409], r.text).toContain(r.status);
  };

  it.each([2, 10])('%i writers changing different rows: all merge, nothing lost', async (n) => {
    const { id, owner, links, base } = await setUp(n);
    const results = await Promise.all(links.map((link, i) => put(id, link, withRow(base, i, `Gewijzigd door ${person(i)}`), 1)));
    expect(results.map((r) => r.status)).toEqual(links.map(() => 200));
    expect(results.map((r) => r.json.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 2));

    const final = await read(id, owner);
    expect(final.revision).toBe(n + 1);
    for (let i = 0; i < n; i++)
      expect(final.data.actionPlan[i]).toMatchObject({ id: `row-${i}`, what: `Gewijzigd door ${person(i)}` });
    expect(final.data.ownExpertise).toBe('Basis');

    // The history lists exactly the acknowledged saves, each with its writer and only its own change.
    const history = await assertConsecutive(id, owner, n + 1);
    const byRevision = new Map(results.map((r, i) => [r.json.revision as number, i]));
    for (const entry of history.slice(0, n)) {
      const i = byRevision.get(entry.revision)!;
      expect(entry.actor?.person).toBe(person(i));
      expect(entry.changes).toEqual([
        {
          path: ['actionPlan', `row-${i}`, 'what'],
          rows: [null, `rij ${i + 1}: Gewijzigd door ${person(i)}`, null],
          before: `Actie ${i}`,
          after: `Gewijzigd door ${person(i)}`,
        },
      ]);
    }
  });

  it.each([2, 10])(
    '%i writers, half of them on the same field: one wins it, the others get 409 with both values and write nothing',
    async (n) => {
      const { id, owner, links, base } = await setUp(n);
      // Even writers change the shared field and their own row; odd writers only their own row.
      const shared = (i: number) => i % 2 === 0;
      const edit = (i: number) => {
        const data = withRow(base, i, `Gewijzigd door ${person(i)}`);
        return shared(i) ? { ...data, ownExpertise: `Expertise volgens ${person(i)}` } : data;
      };
      const results = await Promise.all(links.map((link, i) => put(id, link, edit(i), 1)));
      expectOnly200or409(results);

      const final = await read(id, owner);
      const acknowledged = results.flatMap((r, i) => (r.status === 200 ? [i] : []));
      const refused = results.flatMap((r, i) => (r.status === 409 ? [i] : []));
      // Every writer that touched only its own row got through; of the same-field writers exactly one did.
      for (let i = 0; i < n; i++) if (!shared(i)) expect(acknowledged).toContain(i);
      const winners = acknowledged.filter(shared);
      expect(winners).toHaveLength(1);
      expect(refused).toEqual(links.map((_, i) => i).filter((i) => shared(i) && i !== winners[0]));
      expect(final.data.ownExpertise).toBe(`Expertise volgens ${person(winners[0]!)}`);

      for (const i of acknowledged) expect(final.data.actionPlan[i]!.what).toBe(`Gewijzigd door ${person(i)}`);
      for (const i of refused) {
        const { json } = results[i]!;
        expect(json.conflictingFields).toEqual(['ownExpertise']);
        expect(json.conflicts).toEqual([
          {
            path: ['ownExpertise'],
            mine: `Expertise volgens ${person(i)}`,
            theirs: expect.stringMatching(/^Expertise volgens Schrijver \d+$/),
          },
        ]);
        expect(json.current.revision).toBeGreaterThan(1);
        // Nothing of a refused save was written, not even its other, non-conflicting change.
        expect(final.data.actionPlan[i]!.what).toBe(`Actie ${i}`);
      }

      expect(final.revision).toBe(1 + acknowledged.length);
      // The audit log has one line per answer: 'ok' or 'ok:merged' for each 200, 'conflict' for each 409.
      const audited = await srv.db.query<{ result: string }>(
        `SELECT result FROM audit_log WHERE dossier_id = $1 AND object = $2 AND action = 'step.update'`,
        [id, `dossier:${id}/step:${STEP}`],
      );
      expect(audited.filter((a) => a.result === 'conflict')).toHaveLength(refused.length);
      expect(audited.filter((a) => a.result.startsWith('ok'))).toHaveLength(1 + acknowledged.length);
      const history = await assertConsecutive(id, owner, final.revision);
      expect(
        history
          .slice(0, acknowledged.length)
          .map((e) => e.actor?.person)
          .sort(),
      ).toEqual(acknowledged.map(person).sort());
      expect(history.at(-1)!.actor).toMatchObject({ kind: 'owner' });
    },
  );

  it.each([2, 10])('%i writers that re-read and retry after a 409 converge: every edit lands once', async (n) => {
    const { id, owner, links } = await setUp(n);
    const rounds = 3;
    let conflicts = 0;
    // Each writer makes `rounds` edits in a row: a line of its own in the shared field, and its own row.
    const writer = async (i: number) => {
      for (let round = 0; round < rounds; round++) {
        const line = `${person(i)} ronde ${round}`;
        for (let attempt = 0; ; attempt++) {
          expect(attempt, `${line} gives up`).toBeLessThan(100);
          const current = await read(id, links[i]!);
          const lines = (current.data.ownExpertise ?? '').split('\n');
          const data = { ...withRow(current.data, i, line), ownExpertise: [...lines, line].join('\n') };
          const res = await put(id, links[i]!, data, current.revision);
          if (res.status === 200) break;
          expect(res.status, res.text).toBe(409);
          conflicts++;
          // The refusal shows both sides of the shared field.
          expect(res.json.conflicts[0]).toMatchObject({ path: ['ownExpertise'], mine: data.ownExpertise });
        }
      }
    };
    await Promise.all(links.map((_, i) => writer(i)));

    const final = await read(id, owner);
    const lines = final.data.ownExpertise!.split('\n');
    expect(lines[0]).toBe('Basis');
    expect(lines.slice(1).sort()).toEqual(
      links.flatMap((_, i) => Array.from({ length: rounds }, (_, r) => `${person(i)} ronde ${r}`)).sort(),
    );
    for (let i = 0; i < n; i++) expect(final.data.actionPlan[i]!.what).toBe(`${person(i)} ronde ${rounds - 1}`);
    // One revision per acknowledged save, none for a refused one.
    expect(final.revision).toBe(1 + n * rounds);
    const history = await assertConsecutive(id, owner, final.revision);
    for (let i = 0; i < n; i++) expect(history.filter((e) => e.actor?.person === person(i))).toHaveLength(rounds);
    if (n > 2) expect(conflicts).toBeGreaterThan(0);
  });
});
