import { describe, expect, it } from 'vitest';
import { changedKeys, deepEqual, mergeStepData, resolveStepData } from './merge';

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

  it('reports the fields both sides changed differently, with both values', () => {
    const current = { ...base, title: 'A', note: 'server' };
    const incoming = { ...base, title: 'B', note: 'server' };
    expect(mergeStepData(base, current, incoming)).toEqual({
      ok: false,
      conflicts: ['title'],
      details: [{ path: ['title'], mine: 'B', theirs: 'A' }],
    });
  });

  it('accepts overlapping changes that agree on the value', () => {
    const current = { ...base, title: 'Zelfde' };
    const incoming = { ...base, title: 'Zelfde' };
    expect(mergeStepData(base, current, incoming)).toEqual({ ok: true, data: current });
  });

  it('merges rows of a list by id: one side edits a row, the other adds one', () => {
    const current = { ...base, partners: [...base.partners, { id: 'p2', name: 'School' }] };
    const incoming = { ...base, partners: [{ id: 'p1', name: 'Gemeente Utrecht' }] };
    expect(mergeStepData(base, current, incoming)).toEqual({
      ok: true,
      data: {
        ...base,
        partners: [
          { id: 'p1', name: 'Gemeente Utrecht' },
          { id: 'p2', name: 'School' },
        ],
      },
    });
  });

  it('merges different fields of the same row', () => {
    const b = { rows: [{ id: 'r', what: 'Klassenbezoek', who: '' }] };
    const current = { rows: [{ id: 'r', what: 'Klassenbezoek', who: 'Jongerenwerk' }] };
    const incoming = { rows: [{ id: 'r', what: 'Klassenbezoek in week 36', who: '' }] };
    expect(mergeStepData(b, current, incoming)).toEqual({
      ok: true,
      data: { rows: [{ id: 'r', what: 'Klassenbezoek in week 36', who: 'Jongerenwerk' }] },
    });
  });

  it('reports the same field of the same row as a conflict, by row id', () => {
    const b = { rows: [{ id: 'r', what: 'A' }] };
    const result = mergeStepData(b, { rows: [{ id: 'r', what: 'B' }] }, { rows: [{ id: 'r', what: 'C' }] });
    expect(result).toEqual({
      ok: false,
      conflicts: ['rows'],
      details: [{ path: ['rows', 'r', 'what'], mine: 'C', theirs: 'B' }],
    });
  });

  it('deletes a row one side removed when the other left it alone; conflicts when the other changed it', () => {
    const b = {
      rows: [
        { id: 'a', v: 1 },
        { id: 'b', v: 2 },
      ],
    };
    expect(
      mergeStepData(
        b,
        {
          rows: [
            { id: 'a', v: 1 },
            { id: 'b', v: 3 },
          ],
        },
        { rows: [{ id: 'b', v: 2 }] },
      ),
    ).toEqual({
      ok: true,
      data: { rows: [{ id: 'b', v: 3 }] },
    });
    const conflict = mergeStepData(
      b,
      {
        rows: [
          { id: 'a', v: 9 },
          { id: 'b', v: 2 },
        ],
      },
      { rows: [{ id: 'b', v: 2 }] },
    );
    expect(conflict.ok).toBe(false);
    expect(!conflict.ok && conflict.details[0]!.path).toEqual(['rows', 'a']);
  });

  it('keeps the order the client chose when only the client reordered', () => {
    const b = { rows: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    const current = { rows: [{ id: 'a' }, { id: 'b', x: 1 }, { id: 'c' }, { id: 'd' }] };
    const incoming = { rows: [{ id: 'c' }, { id: 'a' }, { id: 'b' }] };
    const result = mergeStepData(b, current, incoming);
    expect(result.ok && (result.data.rows as { id: string }[]).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('reports two different reorders as a conflict on the list', () => {
    const b = { rows: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };
    const result = mergeStepData(
      b,
      { rows: [{ id: 'b' }, { id: 'a' }, { id: 'c' }] },
      { rows: [{ id: 'c' }, { id: 'b' }, { id: 'a' }] },
    );
    expect(!result.ok && result.details.map((d) => d.path)).toEqual([['rows']]);
  });

  it('treats a list without row ids as one value', () => {
    const b = { tags: ['a'] };
    const result = mergeStepData(b, { tags: ['a', 'b'] }, { tags: ['c'] });
    expect(!result.ok && result.conflicts).toEqual(['tags']);
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
    expect(mergeStepData({}, { a: 1 }, { a: 2 })).toEqual({
      ok: false,
      conflicts: ['a'],
      details: [{ path: ['a'], mine: 2, theirs: 1 }],
    });
  });

  it('is a no-op when the client changed nothing', () => {
    const current = { ...base, title: 'Nieuw' };
    expect(mergeStepData(base, current, base)).toEqual({ ok: true, data: current });
  });
});

describe('resolveStepData', () => {
  const base = { title: 'Oud', note: 'x', rows: [{ id: 'r', what: 'A', who: '' }] };
  const current = { title: 'Van de ander', note: 'x', rows: [{ id: 'r', what: 'B', who: 'School' }] };
  const mine = { title: 'Van mij', note: 'mijn notitie', rows: [{ id: 'r', what: 'C', who: '' }] };

  it('keeps the non-conflicting changes of both sides and applies the choice per conflict', () => {
    const data = resolveStepData(base, current, mine, (c) => (c.path[0] === 'title' ? c.mine : c.theirs));
    expect(data).toEqual({ title: 'Van mij', note: 'mijn notitie', rows: [{ id: 'r', what: 'B', who: 'School' }] });
  });

  it('accepts a combined value', () => {
    const data = resolveStepData(base, current, mine, (c) => (c.path[0] === 'title' ? 'Van mij en van de ander' : c.mine));
    expect(data.title).toBe('Van mij en van de ander');
    expect(data.rows).toEqual([{ id: 'r', what: 'C', who: 'School' }]);
  });
});
