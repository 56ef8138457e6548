import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { DB_KINDS, useTestServer, type TestServer } from '#tests/utils/test-server';
import { draftDossier, invite, ok, signAll, signedDossier, type SignedDossier } from './rounds-fixtures';

const PLAN = (EXAMPLE_DOSSIER.steps.taakverdeling as { actionPlan: { id: string; status: string; deadline: string }[] })
  .actionPlan;

interface Event {
  uid: string;
  sequence: number;
  start: string;
  summary: string;
  alarms: number;
}

/** The feed as a calendar app reads it, through a real iCalendar parser. */
function parse(text: string): { name: string; timezone: string; events: Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(calendar.getFirstPropertyValue('x-wr-calname')),
    timezone: String(calendar.getFirstPropertyValue('x-wr-timezone')),
    events: calendar.getAllSubcomponents('vevent').map((e) => ({
      uid: String(e.getFirstPropertyValue('uid')),
      sequence: Number(e.getFirstPropertyValue('sequence')),
      start: String(e.getFirstPropertyValue('dtstart')),
      summary: String(e.getFirstPropertyValue('summary')),
      alarms: e.getAllSubcomponents('valarm').length,
    })),
  };
}

describe.each(DB_KINDS)('the calendar on %s', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s));

  const base = (d: SignedDossier) => `/api/dossiers/${d.id}`;
  const feedOf = async (path: string) => {
    const res = await fetch(srv.url + path);
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const uidOf = (d: SignedDossier, kind: string, id: string) => `${kind}-${id}.${d.id}@samenwerkwijzer`;

  it('serves a secret feed the owner makes, with stable UIDs, SEQUENCE, VALARM; revoked, it stops at once', async () => {
    const d = await signedDossier(srv);
    const school = d.signers[d.partners.find((p) => p.kind === 'school')!.id]!;
    expect((await srv.call('POST', `${base(d)}/calendar-feed`, { token: school })).status).toBe(403);
    expect((await ok(srv.call('GET', `${base(d)}/calendar-feed`, { token: d.token }))).json).toEqual({
      active: false,
      createdAt: null,
      createdBy: null,
    });
    const created = await ok(srv.call('POST', `${base(d)}/calendar-feed`, { token: d.token }), 201);
    expect(created.json.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.json.path).toBe(`/api/agenda/${created.json.token}.ics`);
    expect((await ok(srv.call('GET', `${base(d)}/calendar-feed`, { token: d.token }))).json).toMatchObject({ active: true });
    // Only the hash is stored.
    expect(JSON.stringify(await srv.db.query('SELECT * FROM calendar_feeds'))).not.toContain(created.json.token);

    const first = await feedOf(created.json.path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const cal = parse(first.text);
    expect(cal.name).toBe(`Samenwerking: ${EXAMPLE_DOSSIER.title}`);
    expect(cal.timezone).toBe('Europe/Amsterdam');
    const rounds = (await ok(srv.call('GET', `${base(d)}/rounds`, { token: d.token }))).json.rounds;
    const roundEvent = cal.events.find((e) => e.uid === uidOf(d, 'ronde', rounds[0].id))!;
    expect(roundEvent).toMatchObject({ start: rounds[0].plannedOn, alarms: 1 });
    expect(roundEvent.summary).toMatch(/^Evaluatieronde 1 – /);
    // Actions still to do are in it with their deadline; done ones are not.
    const todo = PLAN.filter((a) => a.status !== 'gereed' && a.deadline);
    for (const a of todo) expect(cal.events.find((e) => e.uid === uidOf(d, 'actie', a.id))?.start).toBe(a.deadline);
    expect(cal.events.some((e) => e.uid === uidOf(d, 'actie', PLAN.find((a) => a.status === 'gereed')!.id))).toBe(false);
    expect(cal.events.find((e) => e.uid === uidOf(d, 'zoeken', 'structureel'))).toMatchObject({ alarms: 1 });
    expect(cal.events.some((e) => e.uid === uidOf(d, 'financiering', 'fin-gemeente'))).toBe(true);

    // Working data shows at once: an action set to gereed leaves, a proposal with a deadline joins.
    await ok(
      srv.call('PUT', `${base(d)}/actions/${todo[0]!.id}/progress`, { token: d.token, json: { status: 'gereed', revision: 0 } }),
    );
    const proposal = (
      await ok(
        srv.call('POST', `${base(d)}/proposed-actions`, {
          token: d.token,
          json: { action: { what: 'Ouderavond', deadline: '2027-11-02' } },
        }),
        201,
      )
    ).json;
    // A moved round keeps its UID with a higher SEQUENCE, so calendars update it.
    await ok(
      srv.call('PATCH', `${base(d)}/rounds/${rounds[0].id}`, {
        token: d.token,
        json: { revision: rounds[0].revision, plannedOn: '2027-06-22' },
      }),
    );
    const second = parse((await feedOf(created.json.path)).text);
    expect(second.events.some((e) => e.uid === uidOf(d, 'actie', todo[0]!.id))).toBe(false);
    expect(second.events.find((e) => e.uid === uidOf(d, 'actie', proposal.id))).toMatchObject({ start: '2027-11-02' });
    const moved = second.events.find((e) => e.uid === roundEvent.uid)!;
    expect(moved.start).toBe('2027-06-22');
    expect(moved.sequence).toBeGreaterThan(roundEvent.sequence);

    // The token never reaches the log; the path does, with the token taken out.
    expect(srv.logs.join('\n')).not.toContain(created.json.token);
    expect(srv.logs.some((l) => l.startsWith('GET /api/agenda/[token].ics 200'))).toBe(true);

    // A new feed ends the old one; revoking ends the new one at once.
    const renewed = await ok(srv.call('POST', `${base(d)}/calendar-feed`, { token: d.token }), 201);
    expect((await feedOf(created.json.path)).status).toBe(404);
    expect((await feedOf(renewed.json.path)).status).toBe(200);
    expect((await srv.call('DELETE', `${base(d)}/calendar-feed`, { token: d.token })).status).toBe(204);
    const gone = await feedOf(renewed.json.path);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.text).error).toMatch(/bestaat niet/);
    expect((await ok(srv.call('GET', `${base(d)}/calendar-feed`, { token: d.token }))).json.active).toBe(false);
    for (const path of ['/api/agenda/kort.ics', `/api/agenda/${'a'.repeat(43)}.txt`, `/api/agenda/${'a'.repeat(43)}.ics`])
      expect((await feedOf(path)).status).toBe(404);
    const log = await srv.db.query<{ action: string; result: string }>(
      `SELECT action, result FROM audit_log WHERE dossier_id = $1 AND action LIKE 'calendar.%' ORDER BY id`,
      [d.id],
    );
    expect(log.map((l) => `${l.action} ${l.result}`)).toEqual([
      'calendar.create ok',
      'calendar.create ok:replaced',
      'calendar.revoke ok',
    ]);
  });

  it('offers each date as its own file with the same UID, to any link of the dossier', async () => {
    const d = await signedDossier(srv);
    const reader = await invite(srv, d, d.partners[1]!.id, 'lezen', 'Lezer');
    const followUp = (await ok(srv.call('GET', `${base(d)}/follow-up`, { token: reader.token }))).json;
    const date = followUp.keyDates.find((k: { kind: string }) => k.kind === 'ronde');
    const res = await fetch(`${srv.url}${base(d)}/key-dates/${encodeURIComponent(date.uid)}`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="evaluatieronde-1-.*\.ics"$/);
    const cal = parse(await res.text());
    expect(cal.events).toEqual([expect.objectContaining({ uid: date.uid, start: date.date, alarms: 1 })]);
    expect(
      (await srv.call('GET', `${base(d)}/key-dates/${encodeURIComponent('ronde-x.y@samenwerkwijzer')}`, { token: reader.token }))
        .status,
    ).toBe(404);
    expect((await srv.call('GET', `${base(d)}/key-dates/${encodeURIComponent(date.uid)}`)).status).toBe(401);
  });

  it('takes the dates from the draft while nothing is signed, and from the signed text once it is', async () => {
    const d = await draftDossier(srv);
    const feed = (await ok(srv.call('POST', `${base(d)}/calendar-feed`, { token: d.token }), 201)).json;
    const draft = parse((await feedOf(feed.path)).text);
    expect(draft.events.some((e) => e.uid === uidOf(d, 'actie', PLAN.find((a) => a.status !== 'gereed')!.id))).toBe(true);
    // No rounds before signing.
    expect(draft.events.some((e) => e.summary.startsWith('Evaluatieronde'))).toBe(false);
    await signAll(srv, d);
    const signed = parse((await feedOf(feed.path)).text);
    expect(signed.events.filter((e) => e.summary.startsWith('Evaluatieronde')).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(DB_KINDS)('"Samenwerking volgen" on %s, on 1 March 2027', (kind) => {
  let srv: TestServer;
  useTestServer(kind, (s) => (srv = s), { now: () => new Date('2027-03-01T09:00:00Z') });

  it('sums up the next round, an open round, overdue actions counting progress, and the money left', async () => {
    const d = await signedDossier(srv);
    const base = `/api/dossiers/${d.id}`;
    const followUp = async () => (await ok(srv.call('GET', `${base}/follow-up`, { token: d.token }))).json;
    const before = await followUp();
    expect(before.version).toBe(1);
    expect(before.today).toBe('2027-03-01');
    const overdue = PLAN.filter((a) => a.status !== 'gereed' && a.deadline && a.deadline < '2027-03-01');
    expect(before.summary.actions).toEqual({
      total: PLAN.length,
      done: PLAN.length - PLAN.filter((a) => a.status !== 'gereed').length,
      overdue: overdue.length,
    });
    expect(before.summary.funding).toEqual({
      monthsLeft: 17,
      endsOn: '2028-07-31',
      hasStructural: true,
      searchStart: '2027-03-01',
      searchStarted: true,
    });
    expect(before.timeline).toMatchObject({ today: '2027-03-01', temporaryEnd: '2028-07-31', lastYearFrom: '2027-07-31' });
    expect(before.timeline.periods).toHaveLength(4);
    expect(before.keyDates.length).toBeGreaterThan(5);

    await ok(
      srv.call('PUT', `${base}/actions/${overdue[0]!.id}/progress`, { token: d.token, json: { status: 'gereed', revision: 0 } }),
    );
    const [first, second] = (await ok(srv.call('GET', `${base}/rounds`, { token: d.token }))).json.rounds;
    expect(before.summary.nextRound).toEqual({ id: first.id, number: 1, date: first.plannedOn });
    await ok(srv.call('POST', `${base}/rounds/${first.id}/open`, { token: d.token }));
    await ok(
      srv.call('PUT', `${base}/rounds/${first.id}/answers/me`, {
        token: d.token,
        json: { baseRevision: 0, answers: { tops: 'Goed' } },
      }),
    );
    const after = await followUp();
    expect(after.summary.actions.overdue).toBe(overdue.length - 1);
    expect(after.summary.openRound).toEqual({ id: first.id, number: 1, answered: 1, invited: 1 + d.partners.length });
    expect(after.summary.nextRound).toEqual({ id: second.id, number: 2, date: second.plannedOn });
    expect(after.timeline.rounds.slice(0, 2)).toEqual([
      { date: first.plannedOn, number: 1 },
      { date: second.plannedOn, number: 2 },
    ]);
  });
});
