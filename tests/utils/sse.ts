/** A server-sent event as a test reads it. */
export interface SseEvent {
  event: string;
  id?: string;
  data: any;
  /** performance.now() when the frame was complete. */
  at: number;
}

export interface SseStream {
  status: number;
  headers: Headers;
  /** Every event so far (heartbeat comments are counted in `comments`). */
  events: SseEvent[];
  comments: number;
  /** The first event (from `from` on) matching `pred`; rejects after `timeoutMs`. */
  next(pred: (e: SseEvent) => boolean, opts?: { timeoutMs?: number; from?: number }): Promise<SseEvent>;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens GET /api/dossiers/:id/events with the Bearer header, as the browser client does (fetch, not EventSource). */
export async function openEvents(
  baseUrl: string,
  dossierId: string,
  token: string | undefined,
  opts: { lastEventId?: string } = {},
): Promise<SseStream> {
  const abort = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (opts.lastEventId) headers['last-event-id'] = opts.lastEventId;
  const res = await fetch(`${baseUrl}/api/dossiers/${dossierId}/events`, { headers, signal: abort.signal });
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  let comments = 0;
  let endResolve!: () => void;
  const ended = new Promise<void>((r) => (endResolve = r));
  const notify = () => waiters.forEach((w) => w());

  if (res.headers.get('content-type')?.startsWith('text/event-stream') && res.body) {
    void (async () => {
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buf += value;
          let cut: number;
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, cut);
            buf = buf.slice(cut + 2);
            const e: Partial<SseEvent> = { event: 'message' };
            let data = '';
            let isComment = true;
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              isComment = false;
              const i = line.indexOf(':');
              const field = i < 0 ? line : line.slice(0, i);
              const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
              if (field === 'event') e.event = value;
              else if (field === 'id') e.id = value;
              else if (field === 'data') data += (data ? '\n' : '') + value;
            }
            if (isComment) comments++;
            else events.push({ ...(e as SseEvent), data: data ? JSON.parse(data) : undefined, at: performance.now() });
            notify();
          }
        }
      } catch {
        // aborted by close()
      } finally {
        endResolve();
        notify();
      }
    })();
  } else {
    await res.text().catch(() => undefined);
    endResolve();
  }

  return {
    status: res.status,
    headers: res.headers,
    events,
    get comments() {
      return comments;
    },
    next(pred, { timeoutMs = 5000, from = 0 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.slice(from).find(pred);
          if (found) {
            cleanup();
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.event))}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    ended,
    close: () => abort.abort(),
  };
}
