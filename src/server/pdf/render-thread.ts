/**
 * Agreements and evaluation reports are rendered on a thread of their own. Laying out twenty pages takes most of a second of
 * pure computation; on the server's own thread that would stall every save and live update meanwhile.
 * The thread's heap is capped: a render leaves tens of megabytes of garbage that V8 would otherwise
 * let pile up for several renders before collecting, and an agreement too large for the cap costs a
 * clear error and a fresh thread, never the server.
 */
import { Worker } from 'node:worker_threads';
import type { AgreementData } from '#templates/to-agreement-data';
import type { RenderJob, RenderReply, RenderRequest } from './render-protocol';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { dossierAgreementContent } from '#src/domain/agreement/content';
import { STEPS } from '#steps/index';
import { draftMeta, toAgreementData } from '#templates/to-agreement-data';
import { EXAMPLE_ROUNDS } from '#src/domain/evaluation/example-rounds';
import { evaluationResults } from '#src/domain/evaluation/results';
import { trends } from '#src/domain/evaluation/trends';
import { toEvaluationReportData, type EvaluationReportData } from '#templates/to-evaluation-report-data';

const WARM_UP_RENDERS = 3;

/** The example dossier's draft agreement: what the thread renders to warm up. */
function exampleAgreement(): AgreementData {
  const { title, gemeente, steps } = EXAMPLE_DOSSIER;
  const content = dossierAgreementContent(STEPS, { title, gemeente }, steps);
  return toAgreementData(content, draftMeta('voorbeeld', '0'.repeat(64), [], new Date().toISOString()));
}

/** The example's last evaluation round as a report: what the thread renders to warm up for reports. */
function exampleReport(): EvaluationReportData {
  const results = EXAMPLE_ROUNDS.map((r) => evaluationResults(r.round, r.snapshot, r.responses));
  const { title, gemeente } = EXAMPLE_DOSSIER;
  return toEvaluationReportData(results.at(-1)!, trends(results), {
    dossierId: 'voorbeeld',
    title,
    gemeente,
    generatedAt: new Date().toISOString(),
  });
}

/** The render failed or its thread stopped; the next render starts a new thread. */
export class PdfRenderError extends Error {}

export interface PdfRenderer {
  render(data: AgreementData): Promise<Buffer>;
  /** An evaluation report ("Evaluatieverslag ronde n"), on the same thread, one render at a time with the agreements. */
  renderReport(data: EvaluationReportData): Promise<Buffer>;
  /** Starts the thread, loads its fonts and renders the example a few times, so that the first downloads are not the slowest. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface PdfRendererOptions {
  /** Old-generation heap of the render thread (MB). The example agreement peaks near 110. */
  maxHeapMb?: number;
  /** A render still running after this long is stopped. */
  timeoutMs?: number;
  /**
   * Stop the thread after this long without a render (it costs 100–200 MB while it runs); the next
   * render starts a new one. Undefined: keep it running.
   */
  idleStopMs?: number;
  log?: (line: string) => void;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve(pdf: Buffer): void; reject(err: Error): void }>;
}

export function createPdfRenderer({
  maxHeapMb = 256,
  timeoutMs = 60_000,
  idleStopMs,
  log = () => {},
}: PdfRendererOptions = {}): PdfRenderer {
  let thread: Thread | null = null;
  let idleTimer: NodeJS.Timeout | undefined;
  let busy = 0;
  const stopWhenIdle = () => {
    clearTimeout(idleTimer);
    if (idleStopMs === undefined || busy > 0) return;
    idleTimer = setTimeout(() => {
      const t = thread;
      if (!t || busy > 0) return;
      thread = null;
      log('pdf: render thread stopped after being idle');
      void t.worker.terminate();
    }, idleStopMs);
    idleTimer.unref();
  };
  let nextId = 1;
  /** One render at a time: the thread's heap holds one agreement's layout, not several. */
  let queue: Promise<unknown> = Promise.resolve();

  function start(): Thread {
    const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    });
    // An idle render thread must not keep the process alive (tests, shutdown).
    worker.unref();
    const pending: Thread['pending'] = new Map();
    let markReady!: () => void;
    let markFailed!: (err: Error) => void;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => {});
    const current: Thread = { worker, ready, pending };
    const stop = (reason: string) => {
      if (thread === current) thread = null;
      const err = new PdfRenderError(reason);
      markFailed(err);
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    };
    worker.on('message', (reply: RenderReply) => {
      if (reply.kind === 'ready') return markReady();
      if (reply.kind === 'failed' && reply.id === 0) {
        stop(reply.message);
        void worker.terminate();
        return;
      }
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (!p) return;
      if (reply.kind === 'done') p.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
      else p.reject(new PdfRenderError(reply.message));
    });
    worker.on('error', (err) => {
      log(`pdf: render thread failed: ${err.message}`);
      stop(err.message);
    });
    worker.on('exit', (code) => stop(`render thread stopped (${code})`));
    return current;
  }

  const running = () => (thread ??= start());

  async function renderNow(job: RenderJob): Promise<Buffer> {
    const t = running();
    const id = nextId++;
    const result = new Promise<Buffer>((resolve, reject) => t.pending.set(id, { resolve, reject }));
    t.worker.ref();
    const timer = setTimeout(() => {
      log(`pdf: render ${id} took over ${timeoutMs} ms; stopping the render thread`);
      void t.worker.terminate();
    }, timeoutMs);
    try {
      t.worker.postMessage({ id, ...job } satisfies RenderRequest);
      return await result;
    } finally {
      clearTimeout(timer);
      // Also when postMessage itself threw (data that cannot be cloned): nothing will answer this id.
      t.pending.delete(id);
      t.worker.unref();
    }
  }

  function run(job: RenderJob): Promise<Buffer> {
    busy++;
    clearTimeout(idleTimer);
    const result = queue.then(() => renderNow(job));
    queue = result.catch(() => {});
    void queue.then(() => {
      busy--;
      stopWhenIdle();
    });
    return result;
  }

  const render = (data: AgreementData) => run({ kind: 'agreement', data });
  const renderReport = (data: EvaluationReportData) => run({ kind: 'evaluation-report', data });

  return {
    render,
    renderReport,
    async warm() {
      await running().ready;
      // The compiler needs a few documents before layout runs at full speed; a report uses some more code.
      for (let i = 0; i < WARM_UP_RENDERS; i++) await render(exampleAgreement());
      await renderReport(exampleReport());
    },
    async close() {
      clearTimeout(idleTimer);
      const t = thread;
      thread = null;
      if (t) await t.worker.terminate();
    },
  };
}

let shared: PdfRenderer | null = null;

/** The process's render thread, for servers that do not bring their own. */
export function sharedPdfRenderer(): PdfRenderer {
  return (shared ??= createPdfRenderer());
}
