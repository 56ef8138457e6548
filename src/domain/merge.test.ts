import { describe, expect, it } from 'vitest';
import { changedKeys, deepEqual, mergeStepData } from './merge';

describe('deepEqual', () => {
  it('compares JSON values structurally', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual('1', 1)).toBe(false);
  });

  it('treats an undefined key as absent', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});

describe('changedKeys', () => {
  it('lists added, removed and changed keys', () => {
    expect(changedKeys({ a: 1, b: 2, c: 3 }, { a: 1, b: 9, d: 4 }).sort()).toEqual(['b', 'c', 'd']);
  });
});

describe('mergeStepData', () => {
  const base = { title: 'Oud', note: 'x', partners: [{ id: 'p1', name: 'Gemeente' }] };

  it('takes the client changes on top of the current data when the fields are disjoint', () => {
    const current = { ...base, title: 'Nieuw van de server' };
    const incoming = { ...base, note: 'Nieuw van de client' };
    expect(mergeStepData(base, current, incoming)).toEqual({
      ok: true,
      data: { title: 'Nieuw van de server', note: 'Nieuw van de client', partners: base.partners },
    });
  });

  it('reports the fields both sides changed differently', () => {
    const current = { ...base, title: 'A', note: 'server' };
    const incoming = { ...base, title: 'B', note: 'server' };
    expect(mergeStepData(base, current, incoming)).toEqual({ ok: false, conflicts: ['title'] });
  });

  it('accepts overlapping changes that agree on the value', () => {
    const current = { ...base, title: 'Zelfde' };
    const incoming = { ...base, title: 'Zelfde' };
    expect(mergeStepData(base, current, incoming)).toEqual({ ok: true, data: current });
  });

  it('treats a list as one field', () => {
    const current = { ...base, partners: [...base.partners, { id: 'p2', name: 'School' }] };
    const incoming = { ...base, partners: [{ id: 'p1', name: 'Gemeente Utrecht' }] };
    expect(mergeStepData(base, current, incoming)).toEqual({ ok: false, conflicts: ['partners'] });
  });

  it('carries a key the client removed', () => {
    const current = { ...base, title: 'Nieuw' };
    const { note: _removed, ...incoming } = base;
    expect(mergeStepData(base, current, incoming)).toEqual({ ok: true, data: { title: 'Nieuw', partners: base.partners } });
  });

  it('keeps keys the server added that the client never saw', () => {
    const current = { ...base, extra: 'server' };
    const incoming = { ...base, note: 'client' };
    expect(mergeStepData(base, current, incoming)).toEqual({ ok: true, data: { ...base, extra: 'server', note: 'client' } });
  });

  it('conflicts when the server added a key the client also added with another value', () => {
    expect(mergeStepData({}, { a: 1 }, { a: 2 })).toEqual({ ok: false, conflicts: ['a'] });
  });

  it('is a no-op when the client changed nothing', () => {
    const current = { ...base, title: 'Nieuw' };
    expect(mergeStepData(base, current, base)).toEqual({ ok: true, data: current });
  });
});
