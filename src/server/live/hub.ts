import { randomBytes } from 'node:crypto';
import { MAX_STREAMS_PER_LINK, PRESENCE_TTL_MS, type LiveActor, type PresenceEntry, type ReplayedEvent } from '#src/domain/live';
import type { StepId } from '#src/domain/step';

/**
 * The live-events hub of one server process: open streams per dossier, the recent events of every
 * dossier (a bounded ring buffer, for resuming with Last-Event-ID) and who is present where.
 *
 * Everything that happens goes out as a `LiveMessage` through the transport and comes back in through
 * `receive`, in every process alike: in-process (PGlite, one process per data directory) the transport
 * is a direct call; with PostgreSQL it is NOTIFY/LISTEN (pg-transport.ts), so every process sees the
 * same messages in the same order and can replay any of them to a client that reconnects there.
 */

export type LiveMessage =
  | { t: 'event'; d: string; id: string; kind: ReplayedEvent; data: Record<string, unknown> }
  | { t: 'presence'; d: string; key: string; entry: PresenceEntry | null }
  | { t: 'revoke'; d: string; invite: string }
  | { t: 'erase'; d: string };

export interface LiveTransport {
  send(message: LiveMessage): Promise<void>;
  close(): Promise<void>;
  /** The largest message (serialised JSON, bytes) it carries to every process; none: no limit of its own. */
  readonly maxMessageBytes?: number;
}

/**
 * A step event carries the saved step itself when it fits, so open browsers apply it instead of loading
 * the whole dossier; in one process a plan of a hundred actions fits, through PostgreSQL NOTIFY less.
 */
const IN_PROCESS_MAX_MESSAGE_BYTES = 256 * 1024;

/** Without what an event may carry besides ids (the step's data): kept for replay, and sent when too large. */
const idsOnly = (data: Record<string, unknown>) => {
  if (!('state' in data)) return data;
  const { state: _state, ...rest } = data;
  return rest;
};

export interface Subscriber {
  dossierId: string;
  /** The link: `owner` or `invite:<id>` (connection limit, revocation). */
  key: string;
  /** Writes one SSE frame; returns false when the connection is too far behind to keep. */
  write(frame: string): boolean;
  /** Ends the stream (revoked, too slow, server stopping). */
  end(): void;
}

export interface LiveHubOptions {
  /** Events kept per dossier for resuming. */
  bufferSize?: number;
  /** Dossiers whose recent events are kept (least recently active ones are forgotten first). */
  maxDossiers?: number;
  heartbeatMs?: number;
  presenceTtlMs?: number;
  maxStreamsPerLink?: number;
  log?: (line: string) => void;
  now?: () => number;
}

interface Buffered {
  id: string;
  frame: string;
}

/** One SSE frame, serialised once and written to every subscriber as is. */
export function sseFrame(event: string, data: unknown, id?: string): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n${id ? `id: ${id}\n` : ''}\n`;
}

export const HEARTBEAT_FRAME = ': hb\n\n';
/** Sent to every stream when the server stops; then the stream ends and the client reconnects. */
export const SHUTDOWN_FRAME = ': server stopt, maak opnieuw verbinding\n\n';

// Every dossier has its own `owner` link: the connection limit counts per dossier and link.
const linkOf = (dossierId: string, key: string) => `${dossierId} ${key}`;

export class LiveHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly perLink = new Map<string, number>();
  private readonly buffers = new Map<string, Buffered[]>();
  private readonly presence = new Map<string, Map<string, PresenceEntry & { expires: number }>>();
  private readonly revoked = new Set<string>();
  private transport: LiveTransport;
  // Unique across processes: the publishing process's tag and its own counter.
  private readonly tag = randomBytes(4).toString('hex');
  private seq = 0;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly cleanups: (() => void)[] = [];
  private readonly bufferSize: number;
  private readonly maxDossiers: number;
  private readonly presenceTtlMs: number;
  readonly maxStreamsPerLink: number;
  private readonly log: (line: string) => void;
  private readonly now: () => number;

  constructor(opts: LiveHubOptions = {}) {
    this.bufferSize = opts.bufferSize ?? 256;
    this.maxDossiers = opts.maxDossiers ?? 2000;
    this.presenceTtlMs = opts.presenceTtlMs ?? PRESENCE_TTL_MS;
    this.maxStreamsPerLink = opts.maxStreamsPerLink ?? MAX_STREAMS_PER_LINK;
    this.log = opts.log ?? (() => undefined);
    this.now = opts.now ?? Date.now;
    this.transport = { send: async (m) => this.receive(m), close: async () => undefined };
    // One timer for all connections, not one per connection.
    const heartbeat = setInterval(() => this.broadcastAll(HEARTBEAT_FRAME), opts.heartbeatMs ?? 15_000);
    const sweep = setInterval(() => this.expirePresence(), Math.min(5_000, this.presenceTtlMs / 3));
    heartbeat.unref();
    sweep.unref();
    this.timers.push(heartbeat, sweep);
  }

  /** Replaces the in-process transport (PostgreSQL NOTIFY/LISTEN). */
  useTransport(transport: LiveTransport) {
    this.transport = transport;
  }

  /**
   * Announces a change to every open stream of the dossier, in every process. Never throws. A `state`
   * in `data` (a saved step) goes along only when the message fits the transport; else browsers load it.
   */
  async publish(dossierId: string, kind: ReplayedEvent, data: Record<string, unknown>) {
    const message: LiveMessage = { t: 'event', d: dossierId, id: `${this.tag}-${++this.seq}`, kind, data };
    const max = this.transport.maxMessageBytes ?? IN_PROCESS_MAX_MESSAGE_BYTES;
    const fits = !('state' in data) || Buffer.byteLength(JSON.stringify(message)) <= max;
    await this.send(fits ? message : { ...message, data: idsOnly(data) });
  }

  /** Where a link is in the dossier now; `stepId: null` with no field = it left. */
  async setPresence(dossierId: string, actor: LiveActor, at: { stepId: StepId | null; field: string | null }) {
    const entry = at.stepId ? { ...actor, stepId: at.stepId, field: at.field } : null;
    await this.send({ t: 'presence', d: dossierId, key: actor.key, entry });
  }

  /** Closes the streams of a revoked invite, in every process. */
  async revoke(dossierId: string, inviteId: string) {
    this.closeLink(`invite:${inviteId}`); // here at once, without waiting for the round trip
    await this.send({ t: 'revoke', d: dossierId, invite: inviteId });
  }

  /** Ends every stream of an erased dossier, in every process, and forgets its events and presence. */
  async erase(dossierId: string) {
    this.closeDossier(dossierId);
    await this.send({ t: 'erase', d: dossierId });
  }

  private closeDossier(dossierId: string) {
    for (const sub of [...(this.subscribers.get(dossierId) ?? [])]) sub.end();
    this.buffers.delete(dossierId);
    this.presence.delete(dossierId);
  }

  private async send(message: LiveMessage) {
    try {
      await this.transport.send(message);
    } catch (err) {
      // The database is unreachable: this process's clients still hear it.
      this.log(`live: publish failed (${(err as Error).message}); delivered in this process only`);
      this.receive(message);
    }
  }

  /** Every message, from this process or another one. */
  receive(message: LiveMessage) {
    switch (message.t) {
      case 'event': {
        const frame = sseFrame(message.kind, message.data, message.id);
        // Replay after a reconnect sends ids only (the browser then loads what changed): recent events
        // of thousands of dossiers stay small in memory.
        const light = idsOnly(message.data);
        this.remember(message.d, {
          id: message.id,
          frame: light === message.data ? frame : sseFrame(message.kind, light, message.id),
        });
        this.broadcast(message.d, frame);
        return;
      }
      case 'presence': {
        let entries = this.presence.get(message.d);
        if (!entries) this.presence.set(message.d, (entries = new Map()));
        if (message.entry) entries.set(message.key, { ...message.entry, expires: this.now() + this.presenceTtlMs });
        else if (!entries.delete(message.key)) return;
        if (entries.size === 0) this.presence.delete(message.d);
        this.broadcast(message.d, this.presenceFrame(message.d));
        return;
      }
      case 'revoke':
        this.closeLink(`invite:${message.invite}`);
        return;
      case 'erase':
        this.closeDossier(message.d);
        return;
    }
  }

  /** A transport that lost messages (its database connection dropped): every stream reloads. */
  resyncAll() {
    this.buffers.clear();
    this.broadcastAll(sseFrame('resync', {}));
  }

  /** 0 when the link may open one more stream, else the seconds to wait; -1 when it was just revoked. */
  canConnect(dossierId: string, key: string) {
    if (this.revoked.has(key)) return -1;
    return (this.perLink.get(linkOf(dossierId, key)) ?? 0) >= this.maxStreamsPerLink ? 5 : 0;
  }

  /**
   * Adds a stream. Writes, in order: what it missed since `lastEventId` (or `resync` when that is no
   * longer known), the current presence, and `ready` with the newest event id. Returns the unsubscribe.
   */
  subscribe(sub: Subscriber, lastEventId: string | undefined): () => void {
    let set = this.subscribers.get(sub.dossierId);
    if (!set) this.subscribers.set(sub.dossierId, (set = new Set()));
    set.add(sub);
    const link = linkOf(sub.dossierId, sub.key);
    this.perLink.set(link, (this.perLink.get(link) ?? 0) + 1);

    const buffer = this.buffers.get(sub.dossierId) ?? [];
    if (lastEventId) {
      const at = buffer.findIndex((b) => b.id === lastEventId);
      if (at < 0) sub.write(sseFrame('resync', {}));
      else for (const b of buffer.slice(at + 1)) sub.write(b.frame);
    }
    sub.write(this.presenceFrame(sub.dossierId));
    sub.write(sseFrame('ready', {}, buffer.at(-1)?.id));

    let done = false;
    return () => {
      if (done) return;
      done = true;
      set.delete(sub);
      if (set.size === 0 && this.subscribers.get(sub.dossierId) === set) this.subscribers.delete(sub.dossierId);
      const left = (this.perLink.get(link) ?? 1) - 1;
      if (left > 0) this.perLink.set(link, left);
      else this.perLink.delete(link);
    };
  }

  /** Open streams (all dossiers), for tests and the bench. */
  get connections() {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /** Runs `fn` when the hub closes (e.g. to unsubscribe from process-wide hooks). */
  onClose(fn: () => void) {
    this.cleanups.push(fn);
  }

  /**
   * Ends every stream and stops the timers (server shutdown). Each stream is told first, as a comment
   * line, and then ended: clients reconnect on their own (with Last-Event-ID), to this server once it
   * is back or to another process.
   */
  async close() {
    this.timers.forEach((t) => clearInterval(t));
    this.cleanups.splice(0).forEach((fn) => fn());
    this.broadcastAll(SHUTDOWN_FRAME);
    for (const set of this.subscribers.values()) for (const sub of [...set]) sub.end();
    await this.transport.close();
  }

  private closeLink(key: string) {
    this.revoked.add(key);
    // Bounded: an old revocation is enforced by the auth check anyway; this only closes a race.
    if (this.revoked.size > 10_000) this.revoked.delete(this.revoked.values().next().value!);
    for (const set of this.subscribers.values()) for (const sub of [...set]) if (sub.key === key) sub.end();
  }

  private remember(dossierId: string, entry: Buffered) {
    let buffer = this.buffers.get(dossierId);
    if (buffer)
      this.buffers.delete(dossierId); // re-inserted below: the map is ordered by last activity
    else buffer = [];
    buffer.push(entry);
    if (buffer.length > this.bufferSize) buffer.splice(0, buffer.length - this.bufferSize);
    this.buffers.set(dossierId, buffer);
    if (this.buffers.size > this.maxDossiers) this.buffers.delete(this.buffers.keys().next().value!);
  }

  private presenceFrame(dossierId: string) {
    const viewers = [...(this.presence.get(dossierId)?.values() ?? [])].map(({ expires: _e, ...entry }) => entry);
    return sseFrame('presence', { viewers });
  }

  private expirePresence() {
    const now = this.now();
    for (const [dossierId, entries] of this.presence) {
      let changed = false;
      for (const [key, entry] of entries) {
        if (entry.expires <= now) {
          entries.delete(key);
          changed = true;
        }
      }
      if (entries.size === 0) this.presence.delete(dossierId);
      if (changed) this.broadcast(dossierId, this.presenceFrame(dossierId));
    }
  }

  private broadcast(dossierId: string, frame: string) {
    const set = this.subscribers.get(dossierId);
    if (!set) return;
    for (const sub of [...set]) if (!sub.write(frame)) sub.end();
  }

  private broadcastAll(frame: string) {
    for (const set of this.subscribers.values()) for (const sub of [...set]) if (!sub.write(frame)) sub.end();
  }
}
