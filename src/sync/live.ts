import type { LiveEventName, LiveEvents } from '#src/domain/live';
import type { Api } from './api';

export type LiveStatus = 'connecting' | 'open' | 'offline' | 'refused';

export interface LiveHandlers {
  /** One event from the server (`resync`: too much was missed, reload the dossier). */
  onEvent<K extends LiveEventName>(name: K, data: LiveEvents[K]): void;
  onStatus(status: LiveStatus): void;
}

const MAX_BACKOFF_MS = 30_000;
/** No byte (not even a heartbeat, sent every 15 s) for this long: the connection is dead, reconnect. */
const SILENCE_MS = 45_000;

/**
 * Reads GET /api/dossiers/:id/events with fetch and a ReadableStream (EventSource cannot send the
 * Authorization header), and reconnects with backoff after a drop, sending Last-Event-ID so the server
 * replays what was missed. A 401/404 (link revoked) stops for good.
 */
export class LiveConnection {
  private abort: AbortController | null = null;
  private stopped = false;
  private lastEventId: string | null = null;
  private attempts = 0;
  /** Reconnected without an event id to resume from: what happened meanwhile is unknown, so reload. */
  private resyncOnReady = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: Pick<Api, 'events'>,
    private readonly dossierId: string,
    private readonly token: string,
    private readonly handlers: LiveHandlers,
  ) {}

  start() {
    this.stopped = false;
    void this.run();
    return this;
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort?.abort();
  }

  private async run() {
    while (!this.stopped) {
      this.handlers.onStatus('connecting');
      const abort = (this.abort = new AbortController());
      let retryAfterMs = 0;
      try {
        const res = await this.api.events(this.dossierId, this.token, this.lastEventId, abort.signal);
        if (res.status === 401 || res.status === 404) {
          this.handlers.onStatus('refused');
          return;
        }
        if (!res.ok || !res.body) {
          retryAfterMs = Number(res.headers.get('retry-after') ?? 0) * 1000;
          throw new Error(`status ${res.status}`);
        }
        await this.read(res.body, abort);
      } catch {
        // dropped, refused for now, or stopped: see below
      }
      if (this.stopped) return;
      this.resyncOnReady = this.lastEventId === null;
      this.handlers.onStatus('offline');
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempts++);
      const delay = Math.max(retryAfterMs, backoff * (0.5 + Math.random() / 2));
      await new Promise<void>((resolve) => {
        this.timer = setTimeout(resolve, delay);
        // Back online: try at once.
        window.addEventListener('online', () => resolve(), { once: true });
      });
    }
  }

  private async read(body: ReadableStream<Uint8Array>, abort: AbortController) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let silence = setTimeout(() => abort.abort(), SILENCE_MS);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        clearTimeout(silence);
        silence = setTimeout(() => abort.abort(), SILENCE_MS);
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          this.dispatch(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
        }
      }
    } finally {
      clearTimeout(silence);
    }
  }

  private dispatch(block: string) {
    let event = 'message';
    let data = '';
    let id: string | undefined;
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue; // heartbeat
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data += (data ? '\n' : '') + value;
      else if (field === 'id') id = value;
    }
    if (!data) return;
    if (id) this.lastEventId = id;
    if (event === 'ready') {
      this.attempts = 0;
      this.handlers.onStatus('open');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    this.handlers.onEvent(event as LiveEventName, parsed as never);
    if (event === 'ready' && this.resyncOnReady) {
      this.resyncOnReady = false;
      this.handlers.onEvent('resync', {});
    }
  }
}
