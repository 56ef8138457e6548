import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '#src/domain/dates';
import {
  DB_KINDS,
  dumpAllTables,
  startTestServer,
  useTestServer,
  type CallResult,
  type TestServer,
} from '#tests/utils/test-server';
import { invite, ok, signedDossier, type SignedDossier } from './rounds-fixtures';

const answer = (visible = 'ja') => ({
  answers: { visible, knowWhatFor: 'nee', hadContact: 'weet_niet' },
  needs: ['vaker', 'iets_anders'],
});

/** A student's browser: it keeps the cookies the survey sets, as a browser would. */
function student(srv: TestServer, token: string, headers: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  const remember = (res: CallResult) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      jar.set(name!.trim(), value!.trim());
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    survey: async () => remember(await srv.call('GET', '/api/peiling', { token, headers: { ...headers, cookie: cookie() } })),
    send: async (body: unknown = answer()) =>
      remember(await srv.call('POST', '/api/peiling', { token, json: body, headers: { ...headers, cookie: cookie() } })),
  };
}

describe.each(DB_KINDS)('the anonymous student survey on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  /** A signed dossier with its first round open and a student survey on it. */
  async function openSurvey(cap?: number): Promise<{ d: SignedDossier; roundId: string; token: string; link: string }> {
    const d = await signedDossier(srv);
    const [round] = (await ok(srv.call('GET', `/api/dossiers/${d.id}/rounds`, { token: d.token }))).json.rounds;
    await ok(srv.call('POST', `/api/dossiers/${d.id}/rounds/${round.id}/open`, { token: d.token }));
    const school = d.partners.find((p) => p.kind === 'school')!;
    const res = await ok(
      srv.call('POST', `/api/dossiers/${d.id}/rounds/${round.id}/students`, {
        token: d.signers[school.id],
        json: cap ? { cap } : {},
      }),
      201,
    );
    return { d, roundId: round.id, token: res.json.token, link: res.json.link };
  }

  it('gives an editing link a secret link with the token in the fragment, stored only as a hash', async () => {
    const { d, roundId, token, link } = await openSurvey();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link).toBe(`/peiling#${token}`);
    const stored = await srv.db.query<{ students_token_hash: string }>('SELECT students_token_hash FROM rounds WHERE id = $1', [
      roundId,
    ]);
    expect(stored[0]!.students_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await dumpAllTables(srv.db)).not.toContain(token);
    const round = (await ok(srv.call('GET', `/api/dossiers/${d.id}/rounds/${roundId}`, { token: d.token }))).json.round;
    expect(round.students).toEqual({ enabled: true, cap: 2000, responses: 0 });
    // A reading link cannot, and a baseline round has no student survey.
    const reader = await invite(srv, d, d.partners[0]!.id, 'lezen', 'Lezer');
    expect((await srv.call('POST', `/api/dossiers/${d.id}/rounds/${roundId}/students`, { token: reader.token })).status).toBe(
      403,
    );
    // A new link replaces the old one, also for a server that has just accepted an answer through it.
    await ok(student(srv, token).send(), 201);
    const again = await ok(srv.call('POST', `/api/dossiers/${d.id}/rounds/${roundId}/students`, { token: d.token }), 201);
    expect((await srv.call('GET', '/api/peiling', { token })).status).toBe(404);
    expect((await student(srv, token).send()).status).toBe(404);
    await ok(student(srv, again.json.token).send(), 201);
    expect((await srv.call('GET', '/api/peiling', { token: again.json.token })).status).toBe(200);
  });

  it('shows the survey with a neutral title, the closed questions and the needs list', async () => {
    const { token } = await openSurvey();
    const survey = (await ok(student(srv, token).survey())).json;
    expect(survey.title).not.toMatch(/Westerhaven|Zeekompas/);
    expect(survey.open).toBe(true);
    expect(survey.answered).toBe(false);
    expect(survey.questions.map((q: { id: string }) => q.id)).toEqual(['visible', 'knowWhatFor', 'hadContact', 'gotHelp']);
    expect(survey.answers.map((a: { label: string }) => a.label)).toEqual(['Ja', 'Nee', 'Weet ik niet']);
    expect(survey.needs.at(-1)).toEqual({ value: 'iets_anders', label: 'Iets anders' });
    expect(survey.questions[0].text).toMatch(/\bje\b/);
  });

  it('stores only the choices and the day: no name, no free text, no address, no time', async () => {
    const { roundId, token } = await openSurvey();
    const browser = student(srv, token, { 'user-agent': 'Leerlingbrowser/1.0 (tablet-lokaal-12)' });
    const sent = await ok(browser.send(), 201);
    const cookie = sent.headers.getSetCookie();
    expect(cookie).toHaveLength(1);
    expect(cookie[0]).toMatch(new RegExp(`^peiling_${roundId}=1; `));
    expect(cookie[0]).toMatch(/HttpOnly/);
    expect(cookie[0]).toMatch(/SameSite=Strict/);
    expect(cookie[0]).toMatch(/Path=\/api\/peiling/);

    const columns = await srv.db.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'student_responses' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => [c.column_name, c.data_type])).toEqual([
      ['round_id', 'text'],
      ['answers', 'jsonb'],
      ['day', 'date'],
    ]);
    const rows = await srv.db.query<{ answers: unknown; day: string }>(
      `SELECT answers, to_char(day, 'YYYY-MM-DD') AS day FROM student_responses WHERE round_id = $1`,
      [roundId],
    );
    expect(rows).toEqual([
      {
        answers: { answers: { visible: 'ja', knowWhatFor: 'nee', hadContact: 'weet_niet' }, needs: ['vaker', 'iets_anders'] },
        day: todayInAmsterdam(),
      },
    ]);
    const everything = await dumpAllTables(srv.db);
    expect(everything).not.toContain('127.0.0.1');
    expect(everything).not.toContain('Leerlingbrowser');
    // The survey's own text field does not exist: free text is refused, not stored.
    expect((await student(srv, token).send({ ...answer(), remark: 'Meer voetbal!' })).status).toBe(400);
    expect(await dumpAllTables(srv.db)).not.toContain('voetbal');
  });

  it('refuses a second answer from the same browser, kindly and addressed with "je"', async () => {
    const { d, roundId, token } = await openSurvey();
    const browser = student(srv, token);
    await ok(browser.send(), 201);
    expect((await browser.survey()).json.answered).toBe(true);
    const second = await browser.send(answer('nee'));
    expect(second.status).toBe(409);
    expect(second.json.error).toMatch(/^Je hebt deze vragenlijst al ingevuld/);
    // Another browser still answers.
    await ok(student(srv, token).send(), 201);
    const round = (await ok(srv.call('GET', `/api/dossiers/${d.id}/rounds/${roundId}`, { token: d.token }))).json.round;
    expect(round.students.responses).toBe(2);
  });

  it('refuses answers once the cap is reached, also when they arrive at once', async () => {
    const { token } = await openSurvey(5);
    const results = await Promise.all(Array.from({ length: 12 }, () => student(srv, token).send()));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused.every((r) => r.status === 409 && /vol/.test(r.json.error))).toBe(true);
  });

  it('refuses answers once the round is closed (410) and shows the survey as closed; results give counts only', async () => {
    const { d, roundId, token } = await openSurvey();
    for (const v of ['ja', 'ja', 'nee', 'weet_niet']) await ok(student(srv, token).send(answer(v)), 201);
    await ok(student(srv, token).send({ answers: {}, needs: ['inloopplek'] }), 201);
    await ok(srv.call('POST', `/api/dossiers/${d.id}/rounds/${roundId}/close`, { token: d.token }));
    const late = await student(srv, token).send();
    expect(late.status).toBe(410);
    expect(late.json.error).toMatch(/gesloten/);
    expect((await ok(student(srv, token).survey())).json.open).toBe(false);

    const results = (await ok(srv.call('GET', `/api/dossiers/${d.id}/rounds/${roundId}/results`, { token: d.token }))).json;
    expect(results.students.respondents).toBe(5);
    expect(results.students.questions[0]).toMatchObject({
      id: 'visible',
      ja: 2,
      nee: 1,
      weetNiet: 1,
      unanswered: 1,
      percentJa: 40,
    });
    expect(results.students.needs.find((n: { value: string }) => n.value === 'vaker')).toMatchObject({ count: 4, percent: 80 });
    expect(results.students.needs.find((n: { value: string }) => n.value === 'inloopplek')).toMatchObject({
      count: 1,
      percent: 20,
    });
    // Never a single student's row.
    expect(JSON.stringify(results.students)).not.toContain('"answers"');
  });

  it('refuses a planned round’s survey until it opens, unknown tokens and bad answers with clear messages', async () => {
    const d = await signedDossier(srv);
    const [, planned] = (await ok(srv.call('GET', `/api/dossiers/${d.id}/rounds`, { token: d.token }))).json.rounds;
    const { token } = (await ok(srv.call('POST', `/api/dossiers/${d.id}/rounds/${planned.id}/students`, { token: d.token }), 201))
      .json;
    const early = await student(srv, token).send();
    expect(early.status).toBe(409);
    expect(early.json.error).toMatch(/nog niet open/);

    expect((await srv.call('GET', '/api/peiling')).status).toBe(401);
    expect((await srv.call('POST', '/api/peiling', { token: 'x'.repeat(43), json: answer() })).status).toBe(404);
    const bad = async (body: unknown) => (await student(srv, token).send(body)).json;
    expect((await bad({ answers: { visible: 'misschien' }, needs: [] })).issues[0]).toMatchObject({
      path: ['answers', 'visible'],
    });
    expect((await bad({ answers: {}, needs: ['pizza'] })).issues[0]!.path).toEqual(['needs', 0]);
    expect((await bad({ answers: {}, needs: [] })).issues[0]!.message).toMatch(/minstens één vraag/);
    expect((await bad({ answers: { visible: 'ja\u0000' }, needs: [] })).error).toMatch(/tekens/);
    expect((await bad('ja')).issues).toBeDefined();
    const wrongType = await srv.call('POST', '/api/peiling', {
      token,
      body: 'visible=ja',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrongType.status).toBe(415);
  });
});

describe('student survey throttling', () => {
  it('limits answers per client address, and lets other addresses through', async () => {
    const srv = await startTestServer('pglite', {
      limits: { studentSubmissions: { capacity: 3, perMinute: 1 } },
      trustProxy: true,
    });
    try {
      const d = await signedDossier(srv);
      const [round] = (await ok(srv.call('GET', `/api/dossiers/${d.id}/rounds`, { token: d.token }))).json.rounds;
      await ok(srv.call('POST', `/api/dossiers/${d.id}/rounds/${round.id}/open`, { token: d.token }));
      const { token } = (await ok(srv.call('POST', `/api/dossiers/${d.id}/rounds/${round.id}/students`, { token: d.token }), 201))
        .json;
      const school = { 'x-forwarded-for': '203.0.113.7' };
      for (let i = 0; i < 3; i++) await ok(student(srv, token, school).send(), 201);
      const throttled = await student(srv, token, school).send();
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(throttled.json.error).toMatch(/Probeer het over \d+ seconden nog een keer/);
      await ok(student(srv, token, { 'x-forwarded-for': '198.51.100.20' }).send(), 201);
      // Guessing tokens costs the address its tries like a wrong dossier token does.
      for (let i = 0; i < 20; i++) await srv.call('GET', '/api/peiling', { token: `guess${i}`, headers: school });
      expect((await srv.call('GET', '/api/peiling', { token, headers: school })).status).toBe(429);
    } finally {
      await srv.close();
    }
  }, 90_000);
});
