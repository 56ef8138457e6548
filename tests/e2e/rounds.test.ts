import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { EXAMPLE_PARTNER_IDS as P } from '#steps/example-dossier';
import { createApi, type Api } from '#src/sync/api';
import { exampleDossier, fetchCaller, signedExampleDossier, type Caller } from '#tests/utils/signed-dossier';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectAccessible } from '#tests/utils/expect-accessible';
import { ARTIFACTS, screenshots } from '#tests/utils/screenshots';
import { fillByKeyboard } from './fill-by-keyboard';
import { watchPage } from './watch-page';

const STUDENTS = 20;

describe('Evaluatierondes in Chromium', () => {
  const env = useAppAndBrowser();
  let api: Api;
  let caller: Caller;
  let dossier: { id: string; token: string; signers: Record<string, string> };
  const opened: { context: BrowserContext; watch: ReturnType<typeof watchPage>; what: string }[] = [];

  /** A browser of its own (its own storage, as another person's computer), in Dutch. */
  async function browserFor(what: string, path = '', width = 1280) {
    const context = await env.browser.newContext({
      viewport: { width, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url);
    opened.push({ context, watch, what });
    if (path) await page.goto(`${env.app.url}${path}`);
    return page;
  }

  /** Opens the dossier with a link (the token is kept in that browser), then goes to `path`. */
  async function personAt(what: string, token: string, path: string) {
    const page = await browserFor(what, `/d/${dossier.id}#${token}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto(`${env.app.url}/d/${dossier.id}${path}`);
    return page;
  }

  beforeAll(async () => {
    api = createApi({ baseUrl: env.app.url });
    caller = fetchCaller(env.app.url);
    dossier = await signedExampleDossier(caller);
  });

  afterAll(async () => {
    const problems = opened.flatMap((o) => o.watch.problems().map((p) => `${o.what}: ${p}`));
    await Promise.all(opened.map((o) => o.context.close()));
    expect(problems).toEqual([]);
  });

  it('opens a round, three partners answer in three browsers, 20 students answer, the owner closes it and it is read-only', async () => {
    const owner = await personAt('owner', dossier.token, '/rondes');
    await owner.getByRole('heading', { level: 2, name: 'Geplande rondes' }).waitFor();
    await expectAccessible(owner, 'rounds list');
    await screenshots(owner, 'rounds-list');

    // Open the first planned round from the list.
    const openButton = owner.getByRole('button', { name: /^Ronde openen: Evaluatieronde van / }).first();
    await openButton.click();
    await owner.getByText('Evaluatieronde 1 is geopend.', { exact: false }).waitFor();
    const { rounds } = await api.rounds(dossier.id, dossier.token);
    const round = rounds.find((r) => r.state === 'open')!;
    expect(round.number).toBe(1);
    const invitees = round.progress.invitees;
    expect(invitees).toBe(5); // the owner and a signing link for each of the four organisations

    await owner.getByRole('link', { name: 'Mijn antwoorden invullen: Evaluatieronde 1' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Evaluatieronde 1' }).waitFor();
    await owner.getByText(`0 van ${invitees} uitgenodigden hebben geantwoord`).first().waitFor();

    // Three partners, each in their own browser, answer for themselves.
    const answerers = [
      { partner: P.zeekompas, measured: 'Zeekompas: 55% van de leerlingen ziet de jongerenwerkers.', vision: 'Ja' },
      { partner: P.kustlanden, measured: 'Kustlanden: nog niet gemeten.', vision: 'Deels' },
      { partner: P.jongerenwerk, measured: 'Jongerenwerk: 80 leerlingen per week bereikt.', vision: 'Ja' },
    ];
    const pages: Page[] = [];
    for (const [i, a] of answerers.entries()) {
      const page = await personAt(`partner ${i + 1}`, dossier.signers[a.partner]!, `/rondes/${round.id}`);
      await page.getByRole('heading', { level: 2, name: 'Mijn antwoorden' }).waitFor();
      // While the round is open a respondent sees only their own answers: nobody else's text is here.
      for (const other of answerers) expect(await page.getByText(other.measured).count()).toBe(0);
      const firstGoal = page.getByLabel(/^Hoe staat het ervoor\? Wat ziet u nu\?/).first();
      expect(await firstGoal.inputValue()).toBe('');
      await page
        .getByRole('group', { name: /^Staat u nog achter deze visie\?/ })
        .getByLabel(a.vision, { exact: true })
        .check();
      await firstGoal.fill(a.measured);
      await page.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
      await page.getByLabel('Wat is het knelpunt?').fill(`Knelpunt van partner ${i + 1}: te weinig overleg.`);
      await page.getByLabel('Wat zou helpen?').fill('Elke maand een kort overleg.');
      await page
        .getByRole('status')
        .filter({ hasText: /^Opgeslagen om \d\d:\d\d$/ })
        .waitFor({ timeout: 15_000 });
      pages.push(page);
    }
    // The owner's page counts them live, without a reload.
    await owner.getByText(`3 van ${invitees} uitgenodigden hebben geantwoord`).first().waitFor({ timeout: 15_000 });

    // A reload keeps what was typed: the answers come back from the server.
    await pages[0]!.reload();
    await expect
      .poll(
        () =>
          pages[0]!
            .getByLabel(/^Hoe staat het ervoor\? Wat ziet u nu\?/)
            .first()
            .inputValue(),
        { timeout: 15_000 },
      )
      .toBe(answerers[0]!.measured);

    // A paper form, typed in by the owner for a named person, marked as such.
    await owner.getByRole('button', { name: 'Papieren formulier invoeren' }).click();
    await owner.getByLabel('Van welke organisatie is deze persoon?').selectOption({ label: 'Het Zeekompas (school)' });
    await owner.getByLabel('Naam of functie van wie het formulier invulde').fill('Conciërge Zeekompas');
    await owner.getByRole('button', { name: 'Antwoorden overnemen' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Papieren formulier van Conciërge Zeekompas (Het Zeekompas)' }).waitFor();
    await owner
      .getByRole('group', { name: /^Staat u nog achter deze visie\?/ })
      .getByLabel('Nee', { exact: true })
      .check();
    await owner
      .getByRole('status')
      .filter({ hasText: /^Opgeslagen om/ })
      .waitFor({ timeout: 15_000 });
    await expectAccessible(owner, 'paper form');
    await owner.getByRole('link', { name: 'Terug naar de ronde' }).click();
    await owner.getByText('Conciërge Zeekompas (Het Zeekompas), van papier').waitFor();
    await owner
      .getByText(`3 van ${invitees} uitgenodigden hebben geantwoord, en 1 papieren formulier ingevoerd`)
      .first()
      .waitFor();

    // Students: the link once, with a QR code and a print view.
    await owner.getByRole('button', { name: 'Link voor leerlingen maken' }).click();
    const linkBox = owner.getByRole('textbox', { name: 'Link voor leerlingen' });
    await linkBox.waitFor();
    const studentLink = await linkBox.inputValue();
    expect(studentLink).toMatch(new RegExp(`^${env.app.url}/peiling#[A-Za-z0-9_-]{40,}$`));
    await owner.getByRole('img', { name: 'QR-code met de link naar de vragenlijst voor leerlingen' }).waitFor();
    await expectAccessible(owner, 'open round');
    await screenshots(owner, 'rounds-open-round');

    await owner.getByRole('link', { name: 'Afdrukken voor in de klas' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Vragenlijst voor leerlingen afdrukken' }).waitFor();
    await owner.getByText(studentLink).waitFor();
    await expectAccessible(owner, 'print view');
    await owner.emulateMedia({ media: 'print' });
    expect(await owner.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
    expect(await owner.getByRole('heading', { level: 2, name: 'Wat vind jij van het jongerenwerk op school?' }).isVisible()).toBe(
      true,
    );
    await owner.screenshot({ path: `${ARTIFACTS}/rounds-print.png`, fullPage: true });
    await owner.emulateMedia({ media: 'screen' });
    await owner.goBack();
    await owner.getByRole('heading', { level: 1, name: 'Evaluatieronde 1' }).waitFor();

    // Twenty students, each on their own phone.
    const path = new URL(studentLink).pathname + new URL(studentLink).hash;
    for (let i = 0; i < STUDENTS; i++) {
      const phone = await browserFor(`student ${i + 1}`, path, 360);
      await phone.getByRole('heading', { level: 1, name: 'Korte vragenlijst over het jongerenwerk op je school' }).waitFor();
      if (i === 0) await expectAccessible(phone, 'student survey');
      await phone
        .getByRole('group', { name: 'Zie je de jongerenwerkers op school?' })
        .getByLabel(i % 3 ? 'Ja' : 'Nee')
        .check();
      await phone.getByRole('group', { name: 'Heb je contact met hen gehad?' }).getByLabel('Weet ik niet').check();
      if (i % 2) await phone.getByLabel('Iets anders').check();
      await phone.getByRole('button', { name: 'Versturen' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Bedankt!' }).waitFor();
      if (i === 0) {
        await expectAccessible(phone, 'student thanks');
        await phone.screenshot({ path: `${ARTIFACTS}/rounds-student-thanks.png` });
        // The same phone again: answered already, said kindly.
        await phone.reload();
        await phone.getByText('Je hebt deze vragenlijst al ingevuld. Bedankt!').waitFor();
      }
    }
    await owner.getByText(`${STUDENTS} leerlingen hebben de vragenlijst ingevuld`).first().waitFor({ timeout: 15_000 });

    // Closing: only after a confirmation that says the answers are fixed for good.
    await owner.getByRole('button', { name: 'Ronde sluiten' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Ronde sluiten?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('liggen alle antwoorden voorgoed vast');
    await expectAccessible(owner, 'close confirmation');
    // Escape changes nothing.
    await owner.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await api.round(dossier.id, dossier.token, round.id)).round.state).toBe('open');
    await owner.getByRole('button', { name: 'Ronde sluiten' }).click();
    await dialog.getByRole('button', { name: 'Ja, ronde sluiten' }).click();
    await owner.getByText('De ronde is gesloten. De antwoorden liggen nu vast.').waitFor();
    await owner.getByRole('link', { name: 'Resultaten van deze ronde bekijken' }).waitFor();

    // The partners' pages turn read-only by themselves, their answers kept.
    const partner = pages[1]!;
    await partner.getByText('De ronde is gesloten. Dit zijn uw antwoorden zoals ze zijn bewaard.').waitFor({ timeout: 15_000 });
    const measured = partner.getByLabel(/^Hoe staat het ervoor\? Wat ziet u nu\?/).first();
    expect(await measured.inputValue()).toBe(answerers[1]!.measured);
    expect(await measured.isDisabled()).toBe(true);
    expect(await partner.getByRole('button', { name: 'Klaar' }).count()).toBe(0);
    await expectAccessible(partner, 'closed round');
    await screenshots(partner, 'rounds-closed-round');

    // And the students' survey is closed.
    const late = await browserFor('late student', path, 360);
    await late.getByText('Deze vragenlijst is nu niet open.', { exact: false }).waitFor();

    const closed = await api.round(dossier.id, dossier.token, round.id);
    expect(closed.round.progress).toEqual({ responded: 3, invitees, paper: 1 });
    expect(closed.round.students.responses).toBe(STUDENTS);
  });

  it('a round answered by keyboard only', async () => {
    const { rounds } = await api.rounds(dossier.id, dossier.token);
    const planned = rounds.find((r) => r.state === 'gepland')!;
    await api.openRound(dossier.id, dossier.token, planned.id);
    const detail = await api.round(dossier.id, dossier.token, planned.id);
    const [goal] = detail.frame.goals;
    const [action] = detail.frame.actions;
    const page = await personAt('keyboard', dossier.token, `/rondes/${planned.id}`);
    await page.getByRole('heading', { level: 2, name: 'Mijn antwoorden' }).waitFor();
    await page.getByLabel('Uw naam of functie').waitFor();
    const answers = {
      name: 'Wethouder Jeugd',
      behindVision: 'ja',
      goals: { [goal!.id]: { measured: 'Op koers: 58% ziet de jongerenwerkers.', behind: 'deels' } },
      presence: { 'vast-team': 4, zichtbaar: 'weet_niet' },
      actions: { [action!.id]: { status: 'bezig', wentWell: 'De klassenbezoeken.' } },
      agreements: { roles: 'ja', meetings: 'nee' },
      reach: { studentsPerWeek: 1200 },
      knelpunten: [
        { knelpunt: 'Geen vaste ruimte op de tweede locatie.', oplossing: 'Een lokaal delen met de zorgcoördinator.' },
      ],
      newActions: [{ what: 'Spreekuur op woensdag', leadPartnerId: P.jongerenwerk, deadline: '2027-10-01' }],
      tops: 'De lijnen zijn kort.',
    };
    await fillByKeyboard(page, { answers }, new Map([[P.jongerenwerk, 'Stichting Welzijn Westerhaven']]));
    await page.getByRole('button', { name: 'Klaar' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('U hebt aangegeven dat u klaar bent.', { exact: false }).waitFor({ timeout: 15_000 });
    const mine = await api.myAnswers(dossier.id, dossier.token, planned.id);
    expect(mine.complete).toBe(true);
    expect(mine.answers).toMatchObject({
      name: 'Wethouder Jeugd',
      behindVision: 'ja',
      goals: { [goal!.id]: { measured: answers.goals[goal!.id]!.measured, behind: 'deels' } },
      presence: { 'vast-team': 4, zichtbaar: 'weet_niet' },
      reach: { studentsPerWeek: 1200 },
      knelpunten: [expect.objectContaining(answers.knelpunten[0])],
      newActions: [expect.objectContaining({ what: 'Spreekuur op woensdag', leadPartnerId: P.jongerenwerk })],
    });
    // 1.200, the Dutch way, once the field is left.
    expect(await page.getByLabel('Leerlingen bereikt per week').inputValue()).toBe('1.200');
  });

  it("step 4's baseline: everyone scores for themselves, closing writes the respondents into step 4", async () => {
    const draft = await exampleDossier(caller);
    const owner = await browserFor('baseline owner', `/d/${draft.id}#${draft.token}`);
    await owner.getByRole('heading', { level: 1 }).first().waitFor();
    await owner.goto(`${env.app.url}/d/${draft.id}/stap/visie`);
    await owner.getByRole('heading', { level: 3, name: 'Iedereen zelf laten scoren' }).waitFor();
    await owner.getByRole('button', { name: 'Laat iedereen zelf scoren' }).click();
    await owner.getByText('De nulmeting is geopend.', { exact: false }).waitFor();
    await expectAccessible(owner, 'step 4 with a baseline round');
    const { rounds } = await api.rounds(draft.id, draft.token);
    const baseline = rounds.find((r) => r.kind === 'nulmeting')!;
    expect(baseline.state).toBe('open');

    // A partner scores through their own link on the round page.
    const invite = await api.createInvite(draft.id, draft.token, {
      partner: P.jongerenwerk,
      role: 'bewerken',
      tekenbevoegd: false,
      name: 'Jongerenwerker Sam',
    });
    const partner = await browserFor('baseline partner', `/d/${draft.id}#${invite.token}`);
    await partner.getByRole('heading', { level: 1 }).first().waitFor();
    await partner.goto(`${env.app.url}/d/${draft.id}/rondes/${baseline.id}`);
    await partner.getByRole('heading', { level: 2, name: 'Mijn scores' }).waitFor();
    const panel = partner.getByRole('group', { name: 'Mijn scores' });
    await panel.getByLabel('Belang van "Een vast, gespecialiseerd team jongerenwerkers"').selectOption('5');
    await panel.getByLabel('Aanwezigheid van "Een vast, gespecialiseerd team jongerenwerkers"').selectOption('2');
    await partner
      .getByRole('status')
      .filter({ hasText: /^Opgeslagen om/ })
      .waitFor({ timeout: 15_000 });
    await expectAccessible(partner, 'baseline round');
    await screenshots(partner, 'rounds-baseline-round');

    // The owner closes it from step 4, after the confirmation.
    await owner.getByText(/Er loopt een nulmeting: 1 van \d+ uitgenodigden hebben geantwoord/).waitFor({ timeout: 15_000 });
    await owner.getByRole('button', { name: 'Ronde sluiten' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Ronde sluiten?' });
    expect(await dialog.textContent()).toContain('komen ze als respondenten in stap 4');
    await dialog.getByRole('button', { name: 'Ja, ronde sluiten' }).click();
    await owner.getByText('De nulmeting is gesloten. De scores staan nu in stap 4.').waitFor();
    await owner.getByText('Zelf ingevuld via de eigen link, in een nulmeting.').waitFor({ timeout: 15_000 });
    const step = (await api.getDossier(draft.id, draft.token)).steps.visie.data as {
      factors: { respondents: { name: string; entry?: string; scores: Record<string, unknown> }[] };
    };
    const added = step.factors.respondents.find((r) => r.name === 'Jongerenwerker Sam')!;
    expect(added.entry).toBe('zelf');
    expect(added.scores['vast-team']).toMatchObject({ importance: 5, presence: 2 });
    await screenshots(owner, 'rounds-step4-baseline');
  });
});
