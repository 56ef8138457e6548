import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newActionRow } from '#src/tools/action-plan/schema';
import { DB_KINDS, startTestServer, type TestServer } from '#tests/utils/test-server';

/** Bad input to the action plan of step 5, over real HTTP: clear refusals with a path, and drafts that still save. */
describe.each(DB_KINDS)('action plan input on %s', (kind) => {
  let srv: TestServer;
  let id: string;
  let token: string;
  let revision = 1;
  const url = () => `/api/dossiers/${id}/steps/taakverdeling`;
  const put = async (data: Record<string, unknown>, complete = false) => {
    const res = await srv.call('PUT', url(), {
      token,
      json: { data, baseRevision: revision, ...(complete ? { complete } : {}) },
    });
    if (res.status === 200) revision = res.json.revision;
    return res;
  };
  const action = (i: number, fields = {}) =>
    newActionRow({
      id: `a${i}`,
      what: `Actie ${i} — overleg met Çağla en Zoë`,
      leadPartnerId: 'p1',
      start: '2027-01-11',
      deadline: '2027-02-12',
      ...fields,
    });

  beforeAll(async () => {
    srv = await startTestServer(kind);
    ({ id, token } = await srv.createDossier());
    revision = (await srv.call('GET', `/api/dossiers/${id}`, { token })).json.steps.taakverdeling.revision;
  });
  afterAll(async () => {
    await srv?.close();
  });

  it('500 action rows → 400 naming the list and its limit; nothing is stored', async () => {
    const res = await put({ actionPlan: Array.from({ length: 500 }, (_, i) => action(i)) });
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('De gegevens kloppen niet.');
    expect(res.json.issues).toEqual([{ path: ['actionPlan'], message: 'Hoogstens 200 rijen.' }]);
    const stored = await srv.call('GET', `/api/dossiers/${id}`, { token });
    expect(stored.json.steps.taakverdeling.data).toEqual({});
  });

  it('200 rows are fine', async () => {
    const res = await put({ actionPlan: Array.from({ length: 200 }, (_, i) => action(i)) });
    expect(res.status).toBe(200);
    expect(res.json.data.actionPlan).toHaveLength(200);
  });

  it('a deadline before its start: the draft saves as typed, completing is refused on that deadline', async () => {
    const early = action(1, { deadline: '2027-01-04' });
    const draft = await put({ actionPlan: [early] });
    expect(draft.status).toBe(200);
    expect(draft.json.data.actionPlan[0]).toEqual(early);
    const complete = await put({ actionPlan: [early] }, true);
    expect(complete.status).toBe(400);
    expect(complete.json.issues).toContainEqual({
      path: ['actionPlan', 0, 'deadline'],
      message: 'De uiterste datum ligt vóór de startdatum.',
    });
    const stored = await srv.call('GET', `/api/dossiers/${id}`, { token });
    expect(stored.json.steps.taakverdeling.data.actionPlan).toEqual([early]);
  });

  it('hours that are not a number and a date in another format: the draft keeps them, completing names them', async () => {
    const typed = action(2, { hours: 'veel', deadline: '12-02-2027' });
    const draft = await put({ actionPlan: [typed] });
    expect(draft.status).toBe(200);
    expect(draft.json.data.actionPlan[0]).toEqual(typed);
    const complete = await put({ actionPlan: [typed] }, true);
    expect(complete.status).toBe(400);
    expect(complete.json.issues.map((i: { path: unknown[] }) => i.path)).toEqual(
      expect.arrayContaining([
        ['actionPlan', 0, 'hours'],
        ['actionPlan', 0, 'deadline'],
      ]),
    );
  });

  it('bad field types → 400 with the field path', async () => {
    for (const [fields, path] of [
      [{ status: 'klaar' }, ['actionPlan', 0, 'status']],
      [{ stepId: 'stap-12' }, ['actionPlan', 0, 'stepId']],
      [{ hours: true }, ['actionPlan', 0, 'hours']],
      [{ deadline: 20270212 }, ['actionPlan', 0, 'deadline']],
      [{ factorId: 'x'.repeat(65) }, ['actionPlan', 0, 'factorId']],
    ] as const) {
      const res = await put({ actionPlan: [action(0, fields)] });
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(res.json.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(path);
    }
  });
});
