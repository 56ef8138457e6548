import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter (token bucket)', () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('allows a burst of `capacity`, then asks to wait until one token has come back', () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 3, perMinute: 6 }, c.now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 0]);
    expect(limiter.wait('a')).toBe(10); // 6 per minute: one every 10 s
    expect(limiter.take('a')).toBe(10);
    c.advance(9_000);
    expect(limiter.wait('a')).toBe(1);
    c.advance(1_000);
    expect(limiter.wait('a')).toBe(0);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.wait('a')).toBeGreaterThan(0);
  });

  it('keeps keys apart and never refills beyond capacity', () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 2, perMinute: 60 }, c.now);
    limiter.take('a');
    limiter.take('a');
    expect(limiter.wait('a')).toBe(1);
    expect(limiter.wait('b')).toBe(0);
    c.advance(3_600_000);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 1]);
  });

  it('waiting costs nothing', () => {
    const limiter = new RateLimiter({ capacity: 1, perMinute: 1 });
    for (let i = 0; i < 100; i++) expect(limiter.wait('a')).toBe(0);
    expect(limiter.size).toBe(0);
  });

  it('holds at most `maxKeys` buckets, dropping full ones first and then the least recently used', () => {
    const c = clock();
    const limiter = new RateLimiter({ capacity: 2, perMinute: 1, maxKeys: 3 }, c.now);
    limiter.take('old');
    limiter.take('old');
    for (let i = 0; i < 1000; i++) limiter.take(`flood-${i}`);
    expect(limiter.size).toBeLessThanOrEqual(3);
    // A flood of new addresses can push an exhausted address out: that costs memory bounds, not safety.
    const kept = new RateLimiter({ capacity: 2, perMinute: 1, maxKeys: 3 }, c.now);
    kept.take('x');
    kept.take('x');
    kept.take('y');
    kept.take('z');
    kept.take('x');
    kept.take('w');
    expect(kept.wait('x')).toBeGreaterThan(0);
  });
});
