import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { todayInAmsterdam } from '#src/domain/dates';
import type { PlanAction } from '#src/domain/working/api';
import { createApi, type Api } from '#src/sync/api';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectAccessible } from '#tests/utils/expect-accessible';
import { screenshots } from '#tests/utils/screenshots';
import { watchPage } from './watch-page';

const what = (a: PlanAction) => String(a.action.what);
/** The card of one action, found by its heading. */
const card = (page: Page, a: PlanAction) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: what(a), exact: true }) });

/** Presses Tab until `target` has focus (a person moving through the form by keyboard). */
async function tabTo(page: Page, target: Locator, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element by Tab');
}

describe('Actieplan volgen in Chromium', () => {
  const env = useAppAndBrowser();
  let api: Api;
  let example: { id: string; token: string };
  const opened: { context: BrowserContext; watch: ReturnType<typeof watchPage>; what: string }[] = [];

  /** A browser of its own that opened the dossier with `token`, now at `path` of it. */
  async function personAt(who: string, token: string, path: string, opts: { allowConsoleErrors?: RegExp } = {}) {
    const context = await env.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url, opts);
    opened.push({ context, watch, what: who });
    await page.goto(`${env.app.url}/d/${example.id}#${token}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${env.app.url}/d/${example.id}${path}`);
    return page;
  }

  beforeAll(async () => {
    api = createApi({ baseUrl: env.app.url });
    example = await api.createExample();
  });

  afterAll(async () => {
    const problems = opened.flatMap((o) => o.watch.problems().map((p) => `${o.what}: ${p}`));
    await Promise.all(opened.map((o) => o.context.close()));
    expect(problems).toEqual([]);
  });

  it('shows the counts the server has, names the overdue action in words, and is accessible at 1280 and 320 px', async () => {
    const plan = await api.actionPlan(example.id, example.token);
    const { done, total, overdue } = plan.summary;
    expect(overdue).toBeGreaterThan(0);
    const page = await personAt('owner', example.token, '/acties');
    await page.getByRole('heading', { level: 1, name: 'Actieplan volgen' }).waitFor();
    await page.getByText(`${done} van ${total} acties gereed (${plan.summary.percentDone}%).`).waitFor();
    const late = plan.actions.find((a) => a.overdue)!;
    const summary = page.getByRole('region', { name: 'Stand van zaken' });
    await summary.getByText(overdue === 1 ? '1 actie is over de uiterste datum' : `${overdue} acties zijn over`).waitFor();
    await summary.getByRole('link', { name: what(late) }).waitFor();
    // Overdue in words on the action itself, not only as a colour.
    await card(page, late)
      .getByText(/^Over de uiterste datum: die was .* en de actie is nog niet gereed\.$/)
      .waitFor();
    // The proposal from round 2 is marked as new since the signed version.
    const proposal = plan.actions.find((a) => a.source === 'voorstel')!;
    await card(page, proposal).getByText(`Nieuw sinds versie ${plan.version}`).waitFor();

    // The filter: only overdue actions.
    await page.getByLabel('Alleen acties over de uiterste datum').check();
    await page.getByText(`${overdue} van de ${total} acties worden getoond.`).waitFor();
    expect(await page.getByRole('button', { name: /^Voortgang opslaan/ }).count()).toBe(overdue);
    await page.getByLabel('Alleen acties over de uiterste datum').uncheck();

    // Parts A and C of the signed version, opened, are checked too.
    await page.getByText(/^Vertrekpunt \(deel A\) en overleg en evaluatie \(deel C\)/).click();
    await page.getByRole('heading', { level: 3, name: 'A. Vertrekpunt' }).waitFor();
    await expectAccessible(page, 'Actieplan volgen');
    // At 320 px each action is one stacked column: the facts' labels sit above their values.
    await page.setViewportSize({ width: 320, height: 640 });
    const fact = card(page, late).locator('.sw-action-fact').first();
    const [label, value] = [await fact.locator('dt').boundingBox(), await fact.locator('dd').boundingBox()];
    expect(value!.y).toBeGreaterThan(label!.y);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshots(page, 'actions-plan');
  });

  it('sets an action to gereed by keyboard without an amendment; after a reload it still is, the signed text unchanged, the history shows it', async () => {
    const signedBefore = await api.version(example.id, example.token, 1);
    const before = await api.actionPlan(example.id, example.token);
    const target = before.actions.find((a) => a.overdue && a.source === 'plan')!;
    expect(target.status).toBe('bezig');
    const page = await personAt('owner', example.token, '/acties');
    const item = card(page, target);
    const status = item.getByRole('combobox', { name: /^Status/ });
    await status.waitFor();

    // By keyboard only: focus the status, choose gereed with the arrow key, Tab to the button, Enter.
    await status.focus();
    await page.keyboard.press('ArrowDown');
    expect(await status.inputValue()).toBe('gereed');
    // The day done appears, today filled in.
    const doneOn = item.getByLabel(/^Gereed op/);
    await doneOn.waitFor();
    expect(await doneOn.inputValue()).toBe(todayInAmsterdam());
    await item.getByText('Nog niet opgeslagen.').waitFor();
    await tabTo(page, item.getByRole('button', { name: /^Voortgang opslaan/ }));
    await page.keyboard.press('Enter');
    await item.getByText(/^Opgeslagen op /).waitFor();

    const after = await api.actionPlan(example.id, example.token);
    const saved = after.actions.find((a) => a.id === target.id)!;
    expect(saved).toMatchObject({ status: 'gereed', overdue: false, progress: { status: 'gereed', doneOn: todayInAmsterdam() } });
    expect(after.summary.done).toBe(before.summary.done + 1);
    await page.getByText(`${after.summary.done} van ${after.summary.total} acties gereed`).waitFor();

    // Typed but not saved on another action: kept in this browser across the reload.
    const other = after.actions.find((a) => a.source === 'plan' && a.id !== target.id)!;
    await card(page, other)
      .getByLabel(/^Notitie/)
      .fill('Nog even navragen bij de conciërge');

    await page.reload();
    const kept = card(page, other);
    await kept.getByText('Nog niet opgeslagen.').waitFor();
    expect(await kept.getByLabel(/^Notitie/).inputValue()).toBe('Nog even navragen bij de conciërge');
    const reloaded = card(page, target);
    await reloaded.getByRole('combobox', { name: /^Status/ }).waitFor();
    expect(await reloaded.getByRole('combobox', { name: /^Status/ }).inputValue()).toBe('gereed');
    await page.getByText(`${after.summary.done} van ${after.summary.total} acties gereed`).waitFor();

    // The signed version is what it was: progress is working data, not agreement text.
    const signedAfter = await api.version(example.id, example.token, 1);
    expect(signedAfter.hash).toBe(signedBefore.hash);
    expect(signedAfter.content).toEqual(signedBefore.content);

    // The status history across rounds: the example's change in round 1, and this one.
    await reloaded.getByText(/^Verloop van de status \(\d+ wijzigingen\)$/).click();
    await reloaded.getByText('Van Bezig naar Gereed').waitFor();
    await reloaded.getByText('Tijdens evaluatieronde 1.').waitFor();
  });

  it('proposes a new action, marked "nieuw sinds versie 1", and removes one after a confirmation', async () => {
    const page = await personAt('owner', example.token, '/acties');
    const add = page.getByRole('region', { name: 'Een actie voorstellen' });
    await add.getByLabel(/^Wat gaat u doen\?/).fill('Ouderavond over het jongerenwerk organiseren');
    await add.getByLabel(/^Uiterste datum/).fill('2027-06-30');
    await add.getByRole('button', { name: 'Actie voorstellen' }).click();
    await page.getByText('De actie "Ouderavond over het jongerenwerk organiseren" is voorgesteld.').waitFor();
    // The form is empty again for the next one.
    expect(await add.getByLabel(/^Wat gaat u doen\?/).inputValue()).toBe('');

    const plan = await api.actionPlan(example.id, example.token);
    const created = plan.actions.find((a) => a.action.what === 'Ouderavond over het jongerenwerk organiseren')!;
    expect(created).toMatchObject({ source: 'voorstel', proposal: { sinceVersion: 1 } });
    const item = card(page, created);
    await item.getByText('Nieuw sinds versie 1').waitFor();
    await page.getByText(/komen ze vanzelf in het concept van stap 5/).waitFor();

    // Editing: the form opens with what was proposed; the change is stored.
    await item.getByRole('button', { name: /^Bewerken/ }).click();
    const trekker = item.getByLabel(/^Wie is de trekker\?/);
    await trekker.fill('Fatima El Amrani');
    await item.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De actie "Ouderavond over het jongerenwerk organiseren" is bijgewerkt.').waitFor();
    await item.getByText('Fatima El Amrani').waitFor();
    const edited = (await api.actionPlan(example.id, example.token)).actions.find((a) => a.id === created.id)!;
    expect(edited.action).toMatchObject({ leadPerson: 'Fatima El Amrani', deadline: '2027-06-30' });

    // Removing asks first; cancelling keeps it.
    await item.getByRole('button', { name: /^Verwijderen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Voorgestelde actie verwijderen?' });
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await item.waitFor();
    await item.getByRole('button', { name: /^Verwijderen/ }).click();
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByText('De voorgestelde actie "Ouderavond over het jongerenwerk organiseren" is verwijderd.').waitFor();
    expect(await item.count()).toBe(0);
    const left = await api.actionPlan(example.id, example.token);
    expect(left.actions.some((a) => a.id === created.id)).toBe(false);
  });

  it('shows a conflict in plain Dutch when someone else saved meanwhile, and keeps the chosen version', async () => {
    const plan = await api.actionPlan(example.id, example.token);
    const target = plan.actions.find((a) => a.source === 'plan' && a.status === 'gereed' && a.progress)!;
    const page = await personAt('owner (conflict)', example.token, '/acties', { allowConsoleErrors: /status of 409/ });
    const item = card(page, target);
    const note = item.getByLabel(/^Notitie/);
    await note.waitFor();

    // A change elsewhere while nothing is typed here shows up without a reload.
    const elsewhere = await api.putActionProgress(example.id, example.token, target.id, {
      status: 'gereed',
      note: 'Aangevuld door een partner',
      revision: target.progress!.revision,
    });
    await expect.poll(() => note.inputValue(), { timeout: 10_000 }).toBe('Aangevuld door een partner');

    await note.fill('Mijn aanvulling');
    // Someone else saves this action's progress in the meantime.
    await api.putActionProgress(example.id, example.token, target.id, {
      status: 'bezig',
      note: 'Toch nog niet af',
      revision: elsewhere.progress!.revision,
    });
    await item.getByRole('button', { name: /^Voortgang opslaan/ }).click();
    const conflict = item.getByRole('group', { name: 'Iemand anders heeft deze actie intussen bijgewerkt' });
    await conflict.waitFor();
    await conflict.getByText('Toch nog niet af').waitFor();
    await conflict.getByText('Mijn aanvulling').waitFor();
    await expectAccessible(page, 'a conflict');
    await conflict.getByRole('button', { name: /^Mijn versie opslaan/ }).click();
    await item.getByText(/^Opgeslagen op /).waitFor();
    const after = (await api.actionPlan(example.id, example.token)).actions.find((a) => a.id === target.id)!;
    expect(after.progress).toMatchObject({ status: 'gereed', note: 'Mijn aanvulling' });
  });

  it('lets a reading link see progress but not change it; step 5 points to the page without opening the signed text', async () => {
    const invite = await api.createInvite(example.id, example.token, {
      partner: 'p-school-1',
      role: 'lezen',
      tekenbevoegd: false,
      name: 'Meelezer',
    });
    const page = await personAt('reader', invite.token, '/acties');
    await page.getByText(/U kijkt mee met een leeslink/).waitFor();
    await page.getByText(/van \d+ acties gereed/).waitFor();
    expect(await page.getByRole('button', { name: /^Voortgang opslaan/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Een actie voorstellen' }).count()).toBe(0);
    await expectAccessible(page, 'Actieplan volgen (leeslink)');

    const owner = await personAt('owner (step 5)', example.token, '/stap/taakverdeling');
    await owner.getByRole('heading', { level: 2, name: /De voortgang houdt u bij in "Actieplan volgen"/ }).waitFor();
    // The signed text stays read-only.
    expect(await owner.getByRole('button', { name: 'Actie toevoegen' }).count()).toBe(0);
    await owner.getByRole('link', { name: 'Naar Actieplan volgen' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Actieplan volgen' }).waitFor();
    expect(new URL(owner.url()).pathname).toBe(`/d/${example.id}/acties`);
  });
});
