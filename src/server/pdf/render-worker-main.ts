/**
 * Inside the render thread: loads the fonts at once (so the first download is not also the slowest),
 * then renders one document per message and hands the bytes back without copying them.
 */
import { parentPort } from 'node:worker_threads';
import { loadFonts, renderAgreementPdf, renderEvaluationReportPdf } from './render';
import type { RenderJob, RenderReply, RenderRequest } from './render-protocol';

const port = parentPort!;
const renderJob = (job: RenderJob) =>
  job.kind === 'evaluation-report' ? renderEvaluationReportPdf(job.data) : renderAgreementPdf(job.data);
const ready = loadFonts();
ready.then(
  () => port.postMessage({ kind: 'ready' } satisfies RenderReply),
  (err: Error) => port.postMessage({ kind: 'failed', id: 0, message: err.message } satisfies RenderReply),
);

port.on('message', async (request: RenderRequest) => {
  try {
    await ready;
    const pdf = await renderJob(request);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    // A pooled Buffer shares its memory with others; only a buffer of its own may be transferred.
    const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? bytes : bytes.slice();
    port.postMessage({ kind: 'done', id: request.id, pdf: own } satisfies RenderReply, [own.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ kind: 'failed', id: request.id, message: (err as Error).message } satisfies RenderReply);
  }
});
