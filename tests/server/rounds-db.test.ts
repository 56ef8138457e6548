import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStudentResponses } from '#src/db/rounds';
import { StudentWriter } from '#src/server/rounds/student-writer';
import { createTestDb, DB_KINDS, type TestDb } from '#tests/utils/test-server';

describe.each(DB_KINDS)('student answers in the database on %s', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(kind);
    await t.db.query(`INSERT INTO dossiers (id, title, gemeente, token_hash) VALUES ('d1', 't', 'g', 'x')`);
  });
  afterAll(() => t.dispose());

  const round = async (id: string, state: string, cap: number) => {
    await t.db.query(
      `INSERT INTO rounds (id, dossier_id, kind, planned_on, origin, state, number, students_enabled, students_token_hash, students_cap)
       VALUES ($1, 'd1', 'evaluatie', '2027-01-01', 'hand', $2, CASE WHEN $2 = 'gepland' THEN NULL ELSE (SELECT count(*) + 1 FROM rounds) END, true, $1 || '-hash', $3)`,
      [id, state, cap],
    );
    return { id, tokenHash: `${id}-hash` };
  };
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ answers: { answers: { visible: 'ja' }, needs: [], i }, day: '2027-06-15' }));
  const stored = async (id: string) =>
    (await t.db.query<{ n: string | number }>('SELECT count(*) AS n FROM student_responses WHERE round_id = $1', [id]))[0]!.n;

  it('takes a batch in order up to the cap, with each row’s new count, and refuses the rest', async () => {
    const r = await round('capped', 'open', 5);
    expect(await insertStudentResponses(t.db, r, rows(3))).toEqual([1, 2, 3]);
    expect(await insertStudentResponses(t.db, r, rows(4))).toEqual([4, 5, null, null]);
    expect(await insertStudentResponses(t.db, r, rows(1))).toEqual([null]);
    expect(Number(await stored('capped'))).toBe(5);
  });

  it('refuses everything for a planned or closed round and for a replaced link', async () => {
    const planned = await round('planned', 'gepland', 10);
    expect(await insertStudentResponses(t.db, planned, rows(2))).toEqual([null, null]);
    const open = await round('open1', 'open', 10);
    expect(await insertStudentResponses(t.db, { ...open, tokenHash: 'old-link' }, rows(1))).toEqual([null]);
    expect(Number(await stored('planned')) + Number(await stored('open1'))).toBe(0);
  });

  it('writes answers that arrive together in few statements, each with its own count', async () => {
    const r = await round('crowd', 'open', 40);
    const writer = new StudentWriter(t.db);
    const counts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => writer.add(r, { answers: { visible: 'nee' }, needs: [], i }, '2027-06-15')),
    );
    expect(counts.filter((c) => c === null)).toHaveLength(10);
    expect(counts.filter((c): c is number => c !== null).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(Number(await stored('crowd'))).toBe(40);
  });
});
