/**
 * Agreements render on a thread of their own: the server keeps answering meanwhile, and a render
 * that cannot finish costs a clear answer, never the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_DOSSIER } from '../../src/domain/example-dossier';
import { createPdfRenderer, PdfRenderError } from '../../src/server/pdf/render-thread';
import { partnersFromInitiatief } from '../../src/domain/dossier';
import { agreementContent } from '../../src/domain/agreement/content';
import { STEPS } from '../../steps/index';
import { draftMeta, toAgreementData } from '../../templates/to-agreement-data';
import { PDF_MESSAGES } from '../../src/server/pdf-routes';
import { startTestServer, type TestServer } from '../utils/test-server';
import { fillWithExample } from './fixtures';

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
    const content = agreementContent(STEPS, { title: EXAMPLE_DOSSIER.title, gemeente: EXAMPLE_DOSSIER.gemeente, partners }, EXAMPLE_DOSSIER.steps);
    const data = toAgreementData(content, draftMeta('dossier-1', 'a'.repeat(64), [], new Date().toISOString()));
    await expect(hasty.render(data)).rejects.toBeInstanceOf(PdfRenderError);
    await hasty.close();
  });
});
