import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { EXAMPLE_DOSSIER, EXAMPLE_PARTNER_IDS as P } from '#steps/example-dossier';
import { createApi, type Api } from '#src/sync/api';
import type { FollowUp } from '#src/domain/follow-up/api';
import { followUpPageNl as t } from '#src/i18n/nl/follow-up-page';
import { TRACKS } from '#src/domain/step';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { keyDatesView } from '#src/app/pages/follow-up/key-dates-view';
import { expectAccessible, screenshots } from './expect-accessible';
import { fillByKeyboard } from './fill-by-keyboard';
import { watchPage } from './watch-page';

/** The events of an iCalendar text, as a calendar app reads them (a real parser). */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    start: String(e.getFirstPropertyValue('dtstart')),
    summary: String(e.getFirstPropertyValue('summary')),
  }));
}

describe('Samenwerking volgen in Chromium', () => {
  const env = useAppAndBrowser();
  let api: Api;
  let example: { id: string; token: string };
  const opened: { context: BrowserContext; watch: ReturnType<typeof watchPage>; what: string }[] = [];

  /** A browser of its own, in Dutch, with the dossier opened by `token` and then at `path`. */
  async function personAt(what: string, token: string, path = '') {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    opened.push({ context, watch: watchPage(page, env.app.url), what });
    await page.goto(`${env.app.url}/d/${example.id}#${token}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    if (path) await page.goto(`${env.app.url}/d/${example.id}${path}`);
    return page;
  }

  const followUp = (): Promise<FollowUp> => api.followUp(example.id, example.token);

  beforeAll(async () => {
    api = createApi({ baseUrl: env.app.url });
    example = await api.createExample();
  });

  afterAll(async () => {
    const problems = opened.flatMap((o) => o.watch.problems().map((p) => `${o.what}: ${p}`));
    await Promise.all(opened.map((o) => o.context.close()));
    expect(problems).toEqual([]);
  });

  let owner: Page;

  it('leads the home of a signed partnership with the figures the server computes', async () => {
    owner = await personAt('owner', example.token);
    await owner.getByRole('heading', { level: 2, name: t.title }).waitFor();
    const { summary, timeline } = await followUp();
    const s = t.summary;

    expect(summary.nextRound).toBeDefined();
    await owner.getByText(s.nextRound.value(summary.nextRound!.number, summary.nextRound!.date)).waitFor();
    expect(summary.actions.overdue).toBeGreaterThan(0);
    await owner.getByText(s.actions.overdue(summary.actions.overdue)).waitFor();
    await owner.getByText(s.actions.done(summary.actions.done, summary.actions.total)).waitFor();
    expect(await owner.getByRole('link', { name: s.actions.link }).getAttribute('href')).toBe(`/d/${example.id}/acties`);
    expect(summary.funding.monthsLeft).toBeDefined();
    await owner.getByText(s.funding.left(summary.funding.monthsLeft!, summary.funding.endsOn!)).waitFor();
    await owner.getByText(s.openRound.none).waitFor();

    // Opening a round elsewhere shows its response count here, without a reload.
    const opened = await api.openRound(example.id, example.token, summary.nextRound!.id);
    const open = (await followUp()).summary.openRound!;
    expect(open.id).toBe(opened.round.id);
    await owner.getByText(s.openRound.value(open.number, open.answered, open.invited)).waitFor({ timeout: 15_000 });
    expect(await owner.getByText(`0 van ${open.invited} uitgenodigden hebben geantwoord`).count()).toBe(1);

    // The timeline's text equivalent: every fact in date order, today among them.
    const timelineSection = owner.getByRole('region', { name: t.timeline.title });
    await timelineSection.getByRole('heading', { name: t.timeline.listTitle }).waitFor();
    const facts = timelineSection.getByRole('listitem');
    expect(await facts.count()).toBeGreaterThanOrEqual(timeline.periods.length + 1);
    await timelineSection.getByText(`${t.timeline.date(timeline.today)}: ${t.timeline.facts.today}`).waitFor();
    await timelineSection.getByText(t.timeline.summary(timeline)).waitFor();

    // The steps stay below.
    for (const track of Object.values(TRACKS)) await owner.getByRole('heading', { level: 2, name: track.title }).waitFor();

    await expectAccessible(owner, 'follow-up home');
    await screenshots(owner, 'follow-up-home');
  });

  it('"Toevoegen aan agenda" downloads one date as an .ics file a calendar reads', async () => {
    const { keyDates, today } = await followUp();
    const { upcoming, past } = keyDatesView(keyDates, today, EXAMPLE_DOSSIER.title);
    expect(past.length).toBeGreaterThan(0);
    // A date still to come, as the page names it: the first round ahead.
    const date = upcoming.find((k) => k.kind === 'ronde')!;
    const [download] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('button', { name: t.keyDates.about(date.title) }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const [event, ...more] = events(text);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ uid: date.uid, start: date.date, summary: `${date.title} – ${EXAMPLE_DOSSIER.title}` });
    // Passed dates wait behind a disclosure, without a button.
    await owner.getByText(t.keyDates.past(past.length)).click();
    await owner.getByText(past[0]!.title, { exact: true }).waitFor();
    await owner.getByText(t.keyDates.added(date.title)).waitFor();
  });

  it('the owner makes a calendar feed URL, a calendar reads it, and once revoked it stops', async () => {
    const section = owner.getByRole('region', { name: t.calendar.title });
    await section.getByText(t.calendar.none).waitFor();
    await section.getByRole('button', { name: t.calendar.create }).click();
    const link = section.getByRole('textbox', { name: t.calendar.linkLabel });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${env.app.url}/api/agenda/[A-Za-z0-9_-]{43}\\.ics$`));
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    const inFeed = events(await feed.text());
    expect(inFeed.map((e) => e.uid)).toEqual(expect.arrayContaining((await followUp()).keyDates.map((k) => k.uid)));

    await section.getByRole('button', { name: t.calendar.revoke }).click();
    const dialog = owner.getByRole('dialog', { name: t.calendar.revokeTitle });
    await dialog.getByRole('button', { name: t.calendar.revokeConfirm }).click();
    await section.getByText(t.calendar.revoked).waitFor();
    expect([404, 410]).toContain((await fetch(url)).status);
    await section.getByRole('button', { name: t.calendar.create }).waitFor();
  });

  it('a reading link sees who can make a calendar feed, and cannot log knowledge activities', async () => {
    const reader = await api.createInvite(example.id, example.token, {
      partner: P.jongerenwerk,
      role: 'lezen',
      tekenbevoegd: false,
      name: 'Lezer',
    });
    const page = await personAt('reader', reader.token);
    await page.getByRole('heading', { level: 2, name: t.title }).waitFor();
    await page.getByText(t.calendar.ownerOnly).waitFor();
    expect(await page.getByRole('button', { name: t.calendar.create }).count()).toBe(0);
    await page.getByRole('link', { name: t.knowledge.link }).click();
    await page.getByRole('heading', { level: 1, name: t.knowledge.title }).waitFor();
    await page.getByText(t.knowledge.readOnly).waitFor();
    expect(await page.getByRole('button', { name: t.knowledge.add }).count()).toBe(0);
  });

  it('logs a knowledge activity by keyboard, changes it and removes it after a question', async () => {
    await owner.getByRole('link', { name: t.knowledge.link }).click();
    await owner.getByRole('heading', { level: 1, name: t.knowledge.title }).waitFor();
    const before = (await api.knowledgeActivities(example.id, example.token)).activities;
    expect(before.length).toBeGreaterThan(0);
    await owner.getByRole('heading', { level: 3, name: new RegExp(before[0]!.topic) }).waitFor();

    await fillByKeyboard(
      owner,
      {
        heldOn: '2026-11-12',
        kind: 'intervisie',
        topic: 'Casusbespreking groepsdruk',
        partnerIds: [P.zeekompas, P.jongerenwerk],
        participants: 14,
        notes: 'Afgesproken: elke maand een casus.',
      },
      new Map(),
      'nieuw',
    );
    await owner.getByRole('button', { name: t.knowledge.add }).focus();
    await owner.keyboard.press('Enter');
    await owner.getByText(t.knowledge.added).waitFor();
    const heading = owner.getByRole('heading', { level: 3, name: /Casusbespreking groepsdruk/ });
    await heading.waitFor();
    const stored = (await api.knowledgeActivities(example.id, example.token)).activities.find(
      (a) => a.topic === 'Casusbespreking groepsdruk',
    )!;
    expect(stored).toMatchObject({ heldOn: '2026-11-12', kind: 'intervisie', participants: 14 });
    expect(stored.partnerIds.sort()).toEqual([P.zeekompas, P.jongerenwerk].sort());
    // The add form is empty again for the next one.
    expect(await owner.getByLabel(t.knowledge.fields.topic).last().inputValue()).toBe('');

    await expectAccessible(owner, 'knowledge page');
    await screenshots(owner, 'follow-up-knowledge');

    await owner.getByRole('button', { name: t.knowledge.about(t.knowledge.edit, stored.topic) }).click();
    const topic = owner.locator(`#veld-wijzig-${stored.id}-topic`);
    await topic.fill('Casusbespreking groepsdruk en online pesten');
    await owner.getByRole('button', { name: t.knowledge.save }).click();
    await owner.getByText(t.knowledge.saved).waitFor();
    await owner.getByRole('heading', { level: 3, name: /groepsdruk en online pesten/ }).waitFor();

    await owner
      .getByRole('button', { name: t.knowledge.about(t.knowledge.remove, 'Casusbespreking groepsdruk en online pesten') })
      .click();
    await owner
      .getByRole('dialog', { name: t.knowledge.removeTitle })
      .getByRole('button', { name: t.knowledge.removeConfirm })
      .click();
    await owner.getByText(t.knowledge.removed('Casusbespreking groepsdruk en online pesten')).waitFor();
    const after = (await api.knowledgeActivities(example.id, example.token)).activities;
    expect(after.map((a) => a.id)).toEqual(before.map((a) => a.id));
  });

  it('step 9 points to the log in signed state, and steps 3 and 11 show the funding timeline', async () => {
    await owner.goto(`${env.app.url}/d/${example.id}/stap/kennisdelen`);
    await owner.getByText(t.knowledge.stepPointer).waitFor();
    expect(await owner.getByRole('link', { name: t.knowledge.link }).getAttribute('href')).toBe(`/d/${example.id}/kennis`);
    for (const step of ['financiering', 'structurele-financiering']) {
      await owner.goto(`${env.app.url}/d/${example.id}/stap/${step}`);
      const section = owner.getByRole('region', { name: t.timeline.title });
      await section.getByRole('heading', { name: t.timeline.listTitle }).waitFor();
      await section.getByText(t.timeline.facts.search).waitFor();
    }
    await screenshots(owner, 'follow-up-step-11');
  });
});
