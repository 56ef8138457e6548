import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createApi } from '#src/sync/api';
import { createExampleDossier } from '#src/sync/create-example';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { expectAccessible } from '#tests/utils/expect-accessible';
import { useAppAndBrowser } from '#tests/utils/e2e-env';
import { expectNoViolations } from '#tests/utils/axe';
import { watchPage } from './watch-page';

const SIGNERS = ['Şükrü Yılmaz', 'Łucja Wąsowska', 'Nguyễn Thị Hương', 'Jan de Vries'];

describe('the agreement in Chromium: freeze, sign, seal, verify, amend', () => {
  const env = useAppAndBrowser();

  async function openAs(link: string) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, env.app.url);
    await page.goto(`${env.app.url}${link}`);
    try {
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    } catch (e) {
      await page.screenshot({ path: 'tests/.artifacts/agreement-open.png', fullPage: true });
      throw e;
    }
    return { context, page, watch };
  }

  /** Signs on the agreement page, as one organisation's authorised signer. */
  async function sign(page: Page, name: string, how: 'typed' | 'drawn' | 'keyboard') {
    await page.getByRole('heading', { name: 'Tekenen namens een organisatie' }).waitFor();
    if (how === 'keyboard') {
      await page.getByLabel('Uw naam').focus();
      await page.keyboard.insertText(name);
      await page.keyboard.press('Tab');
      await page.keyboard.insertText('Bestuurder');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // the authority statement
      await page.getByRole('button', { name: 'Ondertekenen' }).focus();
      await page.keyboard.press('Enter');
    } else {
      await page.getByLabel('Uw naam').fill(name);
      await page.getByLabel('Uw functie').fill('Directeur');
      await page.getByLabel(/^Ik ben bevoegd om namens .* te tekenen$/).check();
      if (how === 'drawn') {
        await page.getByLabel('Met muis, pen of vinger tekenen').check();
        const pad = page.getByRole('img', { name: 'Tekenvlak voor uw handtekening' });
        await pad.scrollIntoViewIfNeeded();
        const box = (await pad.boundingBox())!;
        await page.mouse.move(box.x + 20, box.y + box.height / 2);
        await page.mouse.down();
        for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 18, box.y + box.height / 2 + (i % 2 ? -25 : 25));
        await page.mouse.up();
      }
      await page.getByRole('button', { name: 'Ondertekenen' }).click();
    }
    try {
      await page
        .getByText(/heeft getekend\.$|De overeenkomst is getekend/)
        .first()
        .waitFor({ timeout: 20_000 });
    } catch (e) {
      await page.screenshot({ path: `tests/.artifacts/agreement-sign-${how}.png`, fullPage: true });
      throw e;
    }
  }

  it('goes from draft to a sealed, verifiable agreement and through an amendment', async () => {
    const api = createApi({ baseUrl: env.app.url });
    const example = await createExampleDossier(api, EXAMPLE_DOSSIER);
    const dossier = await api.getDossier(example.id, example.token);
    const links = new Map<string, string>();
    for (const [i, p] of dossier.partners.entries()) {
      const invite = await api.createInvite(example.id, example.token, {
        partner: p.id,
        role: 'bewerken',
        tekenbevoegd: true,
        name: SIGNERS[i],
      });
      links.set(p.id, invite.link);
    }

    // The owner reviews the text and freezes it (not every partner gave akkoord: override with a reason).
    const owner = await openAs(`/d/${example.id}#${example.token}`);
    await owner.page.goto(`${env.app.url}/d/${example.id}/controleren`);
    await owner.page.getByRole('heading', { name: 'Controleren wat er ondertekend wordt' }).waitFor();
    await owner.page.getByText('Alle verplichte onderdelen zijn compleet.').waitFor();
    await owner.page.locator('.sw-agreement').waitFor();
    await expectNoViolations(owner.page, 'review page');

    await owner.page.goto(`${env.app.url}/d/${example.id}/overeenkomst`);
    await owner.page
      .getByLabel('Waarom legt u de tekst nu toch vast?')
      .fill('Alle partners gaven akkoord in het overleg van 12 december.');
    await owner.page.getByRole('button', { name: 'Toch vastleggen met deze reden' }).click();
    await owner.page.getByText('Versie 1 is vastgelegd en ligt ter ondertekening.').waitFor();

    // Every organisation signs with its own signing link: typed, drawn with the mouse, keyboard only.
    const ways = ['typed', 'drawn', 'keyboard', 'typed'] as const;
    for (const [i, p] of dossier.partners.entries()) {
      const signer = await openAs(links.get(p.id)!);
      await signer.page.goto(`${env.app.url}/d/${example.id}/overeenkomst`);
      await signer.page.getByRole('heading', { name: 'Tekenen namens een organisatie' }).waitFor();
      if (i === 0) await expectNoViolations(signer.page, 'sign form');
      await sign(signer.page, SIGNERS[i]!, ways[i % ways.length]!);
      expect(signer.watch.problems()).toEqual([]);
      await signer.context.close();
    }

    // The sealed PDF: downloaded, sealed (pdfsig), every signer's name exactly, and the hash.
    await owner.page.reload();
    const downloadButton = owner.page.getByRole('button', { name: 'Verzegelde overeenkomst (versie 1) downloaden' });
    const [download] = await Promise.all([owner.page.waitForEvent('download'), downloadButton.click()]);
    const pdfPath = join(env.app.dataDir, 'versie-1.pdf');
    await download.saveAs(pdfPath);
    const signed = (await api.getDossier(example.id, example.token)).versions[0]!;
    expect(signed.status).toBe('getekend');
    expect(execFileSync('pdfsig', [pdfPath]).toString()).toContain('Signature is Valid');
    const text = execFileSync('pdftotext', [pdfPath, '-']).toString();
    for (const name of SIGNERS.slice(0, dossier.partners.length)) expect(text).toContain(name);
    expect(text.replace(/\s+/g, '')).toContain(signed.hash);

    // Verify: the downloaded file is this dossier's version 1; a tampered copy is not.
    await owner.page.goto(`${env.app.url}/d/${example.id}/controleer`);
    await owner.page.locator('#controleer-pdf').setInputFiles(pdfPath);
    await owner.page.getByRole('button', { name: 'Controleren' }).click();
    await owner.page.getByText('Dit is de verzegelde versie 1 van deze overeenkomst. Het bestand is niet gewijzigd.').waitFor();
    await expectNoViolations(owner.page, 'verify page');
    const bytes = readFileSync(pdfPath);
    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf('Westerhaven');
    tampered[at] = 'V'.charCodeAt(0);
    const tamperedPath = join(env.app.dataDir, 'aangepast.pdf');
    writeFileSync(tamperedPath, tampered);
    await owner.page.locator('#controleer-pdf').setInputFiles(tamperedPath);
    await owner.page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => owner.page.locator('.utrecht-alert--error').count()).toBe(1);

    // Anyone who received the PDF checks it from the start page, in a browser without any dossier link.
    const stranger = await env.browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const clerk = await stranger.newPage();
    await clerk.goto(env.app.url);
    await clerk.getByRole('link', { name: 'Een ontvangen overeenkomst controleren' }).click();
    await clerk.getByRole('heading', { name: 'Een overeenkomst controleren', level: 1 }).waitFor();
    await clerk.locator('#controleer-pdf').setInputFiles(pdfPath);
    await clerk.getByRole('button', { name: 'Controleren' }).click();
    await clerk.getByText('Dit is een verzegelde overeenkomst uit Samenwerkwijzer (versie 1).', { exact: false }).waitFor();
    await expectAccessible(clerk, 'public verify page');
    await clerk.locator('#controleer-pdf').setInputFiles(tamperedPath);
    await clerk.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => clerk.locator('.utrecht-alert--error').count()).toBe(1);
    await stranger.close();

    // The accessible HTML rendition of the signed version.
    await owner.page.goto(`${env.app.url}/d/${example.id}/versie/1`);
    await owner.page.getByText(SIGNERS[0]!).first().waitFor();
    await expectNoViolations(owner.page, 'HTML rendition');

    // Amendment: version 2 changes the vision, is frozen, re-signed; version 1 stays available.
    await owner.page.goto(`${env.app.url}/d/${example.id}/overeenkomst`);
    await owner.page.getByRole('button', { name: 'Wijziging starten' }).click();
    await owner.page.getByRole('button', { name: 'Ja, wijziging starten' }).click();
    await owner.page.getByText('U werkt nu aan een wijziging.').first().waitFor();
    const visie = (await api.getDossier(example.id, example.token)).steps.visie;
    await api.putStep(example.id, example.token, 'visie', {
      data: { ...visie.data, vision: `${String(visie.data.vision)}\n\nAangescherpt na de eerste evaluatie.` },
      baseRevision: visie.revision,
    });
    await owner.page.reload();
    await owner.page
      .getByLabel('Waarom legt u de tekst nu toch vast?')
      .fill('Wijziging besproken en goedgekeurd in het stuurgroepoverleg.');
    await owner.page.getByRole('button', { name: 'Toch vastleggen met deze reden' }).click();
    await owner.page.getByText('Versie 2 is vastgelegd en ligt ter ondertekening.').waitFor();
    for (const [i, p] of dossier.partners.entries()) {
      const signer = await openAs(links.get(p.id)!);
      await signer.page.goto(`${env.app.url}/d/${example.id}/overeenkomst`);
      await sign(signer.page, SIGNERS[i]!, 'typed');
      await signer.context.close();
    }
    const after = await api.getDossier(example.id, example.token);
    expect(after.lifecycle).toBe('getekend');
    expect(after.versions.map((v) => [v.number, v.status, v.replaces])).toEqual([
      [1, 'getekend', null],
      [2, 'getekend', 1],
    ]);
    await owner.page.goto(`${env.app.url}/d/${example.id}/versie/2/wijzigingen`);
    await owner.page
      .getByRole('heading', { name: /Stap 4/ })
      .first()
      .waitFor();
    await expectNoViolations(owner.page, 'amendment diff');
    expect(owner.watch.problems()).toEqual([]);
    await owner.context.close();
  });
});
