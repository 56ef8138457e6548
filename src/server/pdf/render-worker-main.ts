/**
 * Inside the render thread: loads the fonts at once (so the first download is not also the slowest),
 * then renders one agreement per message and hands the bytes back without copying them.
 */
import { parentPort } from 'node:worker_threads';
import { loadFonts, renderAgreementPdf } from './render';
import type { RenderReply, RenderRequest } from './render-protocol';

const port = parentPort!;
const ready = loadFonts();
ready.then(
  () => port.postMessage({ kind: 'ready' } satisfies RenderReply),
  (err: Error) => port.postMessage({ kind: 'failed', id: 0, message: err.message } satisfies RenderReply),
);

port.on('message', async (request: RenderRequest) => {
  try {
    await ready;
    const pdf = await renderAgreementPdf(request.data);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    // A pooled Buffer shares its memory with others; only a buffer of its own may be transferred.
    const own = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? bytes : bytes.slice();
    port.postMessage({ kind: 'done', id: request.id, pdf: own } satisfies RenderReply, [own.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ kind: 'failed', id: request.id, message: (err as Error).message } satisfies RenderReply);
  }
});
