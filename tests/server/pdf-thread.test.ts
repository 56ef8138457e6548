/**
 * Agreements render on a thread of their own: the server keeps answering meanwhile, and a render
 * that cannot finish costs a clear answer, never the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { createPdfRenderer, PdfRenderError } from '#src/server/pdf/render-thread';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { agreementContent } from '#src/domain/agreement/content';
import { STEPS } from '#steps/index';
import { draftMeta, toAgreementData } from '#templates/to-agreement-data';
import { PDF_MESSAGES } from '#src/server/pdf-routes';
import { startTestServer, type TestServer } from '#tests/utils/test-server';
import { fillWithExample } from './fixtures';
import { fullSteps } from '#tests/utils/full-dossier';

const work = mkdtempSync(join(tmpdir(), 'samenwerkwijzer-pdf-thread-'));
process.env.SEAL_DIR = join(work, 'zegel');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A dossier with every step of the example filled in (so its PDF has some twenty pages). */
async function exampleDossier(srv: TestServer) {
  const { id, token } = await srv.createDossier(EXAMPLE_DOSSIER.title, EXAMPLE_DOSSIER.gemeente);
  await fillWithExample(srv, id, token);
  return { id, token };
}

describe('the render thread', () => {
  const renderer = createPdfRenderer();
  let srv: TestServer;

  beforeAll(async () => {
    srv = await startTestServer('pglite', { pdf: renderer });
  });
  afterAll(async () => {
    await srv.close();
    await renderer.close();
  });

  it('keeps the server answering while an agreement renders', async () => {
    const { id, token } = await exampleDossier(srv);
    const order: string[] = [];
    const pdf = srv.call('GET', `/api/dossiers/${id}/agreement.pdf`, { token }).then((r) => {
      order.push('pdf');
      return r;
    });
    // Give the request time to reach the render thread, then ask something small.
    await new Promise((r) => setTimeout(r, 50));
    const read = await srv.call('GET', `/api/dossiers/${id}`, { token });
    order.push('dossier');
    expect(read.status).toBe(200);
    const res = await pdf;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(order).toEqual(['dossier', 'pdf']);
  });
});

describe('a long agreement', () => {
  const renderer = createPdfRenderer();
  afterAll(() => renderer.close());

  it('prints every word of actions whose explanation is longer than a page: the cell continues under the table', async () => {
    const steps = fullSteps(40);
    // Step 5 allows explanations of up to 10 000 characters; these are some 4 500, taller than a page
    // in their column. A table row cannot be split across pages, so this used to be cut off.
    const sentence = 'Wie wat doet en hoe de partners elkaar op de hoogte houden. ';
    const how = sentence.repeat(75);
    const plan = steps.taakverdeling as { actionPlan: Record<string, unknown>[] };
    plan.actionPlan = plan.actionPlan.map((a) => ({ ...a, how, factorId: '', stepId: '' }));
    const { title, gemeente } = EXAMPLE_DOSSIER;
    const content = agreementContent(STEPS, { title, gemeente, partners: partnersFromInitiatief(steps.initiatief) }, steps);
    const file = join(work, 'lang.pdf');
    writeFileSync(
      file,
      await renderer.render(toAgreementData(content, draftMeta('lang', 'b'.repeat(64), [], new Date().toISOString()))),
    );

    // The document's own text, without what every page repeats (header, footer, banner, watermark).
    const running = [
      /^Samenwerkingsovereenkomst — /,
      /· Hash [0-9a-f]{12}$/,
      /^pagina \d+ van \d+$/,
      /^CONCEPT( — niet ondertekend)?$/,
    ];
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      .split(/[\n\f]/)
      .filter((line) => !running.some((r) => r.test(line.trim())))
      .join(' ')
      .replace(/\s+/g, ' ');
    for (let i = 1; i <= 40; i++) {
      expect(text, `action ${i}`).toContain(`Actie ${i}: `);
      expect(text, `action ${i}`).toContain(`(vervolg onder de tabel, bij nr. ${i})`);
      expect(text, `action ${i}`).toContain(`Actie, nr. ${i} `);
    }
    expect(text).toContain('Vervolg van lange tekst uit de tabel');
    // Every sentence of every explanation is there; only the one cut between cell and continuation is
    // split. Spaces and hyphens are left out of the count: lines break and words are hyphenated.
    const squeezed = text.replace(/[\s\u00ad-]/g, '');
    const sentences = squeezed.split('Wiewatdoetenhoedepartnerselkaaropdehoogtehouden.').length - 1;
    expect(sentences).toBeGreaterThanOrEqual(40 * 75 - 40);
  }, 60_000);
});

describe('a render that cannot finish', () => {
  // Far too little heap for the fonts and the layout: the thread runs out of memory.
  const starved = createPdfRenderer({ maxHeapMb: 8 });
  let srv: TestServer;

  beforeAll(async () => {
    srv = await startTestServer('pglite', { pdf: starved });
  });
  afterAll(async () => {
    await srv.close();
    await starved.close();
  });

  it('answers 503 with a clear message and Retry-After; the server keeps serving, and the next try gets a new thread (which fails the same way)', async () => {
    const { id, token } = await exampleDossier(srv);
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await srv.call('GET', `/api/dossiers/${id}/agreement.pdf`, { token });
      expect(res.status).toBe(503);
      expect(res.json).toEqual({ error: PDF_MESSAGES.renderFailed });
      expect(res.headers.get('retry-after')).toBe('30');
    }
    expect((await srv.call('GET', `/api/dossiers/${id}`, { token })).status).toBe(200);
  });

  it('a render that runs past its time is stopped with the same error', async () => {
    const hasty = createPdfRenderer({ timeoutMs: 1 });
    const partners = partnersFromInitiatief(EXAMPLE_DOSSIER.steps.initiatief);
    const content = agreementContent(
      STEPS,
      { title: EXAMPLE_DOSSIER.title, gemeente: EXAMPLE_DOSSIER.gemeente, partners },
      EXAMPLE_DOSSIER.steps,
    );
    const data = toAgreementData(content, draftMeta('dossier-1', 'a'.repeat(64), [], new Date().toISOString()));
    await expect(hasty.render(data)).rejects.toBeInstanceOf(PdfRenderError);
    await hasty.close();
  });
});
