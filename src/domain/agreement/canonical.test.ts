import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical';

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys and drops whitespace, so key order does not change the text', () => {
    const a = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } };
    const b = { a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('follows the RFC examples for numbers and strings', () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.000001, 333333333.3333333, 4.5])).toBe(
      '[1e+21,1e-7,0,0.000001,333333333.3333333,4.5]',
    );
    expect(canonicalJson('€$\u000f\nA\'B"\\\\"/')).toBe('"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"');
  });

  it('sorts keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '1': 4, ö: 5 })).toBe('{"\\r":2,"1":4,"ö":5,"€":1,"😀":3}');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });

  it('hashes with SHA-256', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(canonicalJson({ b: 'Şükrü', a: 1 }))).toBe(await sha256Hex('{"a":1,"b":"Şükrü"}'));
  });
});
