import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * Token buckets in memory, one per key (a client address, a dossier). Each bucket holds up to
 * `capacity` tokens and regains `perMinute` of them per minute; an action costs one.
 *
 * The auth check looks the token up first and `take`s only when it was wrong, so valid requests cost
 * nothing and are never refused; a failure with no tries left is answered 429 instead of 404. With
 * 256-bit tokens guessing is hopeless anyway: the limit tells misbehaving clients to back off.
 *
 * In memory means per process: behind a load balancer with N processes a client gets up to N times
 * the budget. That still turns 2^256 guesses into nothing; a shared limit would need PostgreSQL.
 */
export interface BucketOptions {
  capacity: number;
  perMinute: number;
  /** Keys kept at most; full buckets go first, then the least recently used (bounded memory under a flood of addresses). */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxKeys: number;

  constructor(
    private readonly opts: BucketOptions,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.maxKeys = opts.maxKeys ?? 10_000;
  }

  private current(key: string): Bucket {
    const b = this.buckets.get(key);
    const now = this.now();
    if (!b) return { tokens: this.opts.capacity, at: now };
    const refilled = Math.min(this.opts.capacity, b.tokens + ((now - b.at) / 60_000) * this.opts.perMinute);
    return { tokens: refilled, at: now };
  }

  private secondsUntilOne(tokens: number) {
    // Whole milliseconds first, so floating-point dust does not add a second.
    const ms = Math.round(((1 - tokens) / this.opts.perMinute) * 60_000);
    return Math.max(1, Math.ceil(ms / 1000));
  }

  /** Seconds until `key` may act again; 0 when it may act now. Costs nothing. */
  wait(key: string): number {
    const b = this.current(key);
    return b.tokens >= 1 ? 0 : this.secondsUntilOne(b.tokens);
  }

  /** Spends one token; the answer is as `wait` before spending (0: allowed). */
  take(key: string): number {
    const b = this.current(key);
    if (b.tokens < 1) {
      this.store(key, b);
      return this.secondsUntilOne(b.tokens);
    }
    this.store(key, { tokens: b.tokens - 1, at: b.at });
    return 0;
  }

  get size() {
    return this.buckets.size;
  }

  private store(key: string, b: Bucket) {
    // Re-insert so Map order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, b);
    if (this.buckets.size <= this.maxKeys) return;
    for (const [k] of this.buckets) {
      if (this.current(k).tokens >= this.opts.capacity) this.buckets.delete(k);
    }
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
  }
}

/**
 * The client's address: the TCP peer, or with `trustProxy` the address the (one) reverse proxy in
 * front of us appended to X-Forwarded-For. Never trust that header without a proxy: anyone can set it.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
