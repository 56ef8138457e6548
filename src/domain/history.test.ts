import { describe, expect, it } from 'vitest';
import { changeLabel, clipValue, diffStepData, rowLabel } from './history';

describe('diffStepData', () => {
  it('is empty for equal data, whatever the key order', () => {
    expect(diffStepData({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('lists changed, added and removed fields with old and new values', () => {
    expect(
      diffStepData(
        { vision: 'Oud', start: '2026-09-01', gone: 'x' },
        { vision: 'Nieuw', start: '2026-09-01', added: ['a', 'b'] },
      ),
    ).toEqual([
      { path: ['vision'], rows: [null], before: 'Oud', after: 'Nieuw' },
      { path: ['gone'], rows: [null], before: 'x' },
      { path: ['added'], rows: [null], after: ['a', 'b'] },
    ]);
  });

  it('treats a choice list as one value', () => {
    expect(diffStepData({ occasions: ['welzijn'] }, { occasions: ['welzijn', 'online'] })).toEqual([
      { path: ['occasions'], rows: [null], before: ['welzijn'], after: ['welzijn', 'online'] },
    ]);
  });

  it('walks nested objects key by key', () => {
    expect(diffStepData({ contact: { name: 'An', phone: '1' } }, { contact: { name: 'An', phone: '2' } })).toEqual([
      { path: ['contact', 'phone'], rows: [null, null], before: '1', after: '2' },
    ]);
  });

  it('diffs lists of rows by id: a changed field names its row, added and removed rows are one change each', () => {
    const gemeente = { id: 'g', kind: 'gemeente', name: 'Gemeente Utrecht' };
    const school = { id: 's', kind: 'school', name: 'Het College' };
    const youth = { id: 'j', kind: 'jongerenwerk', name: 'JoU' };
    const changes = diffStepData(
      { partners: [gemeente, school, youth] },
      { partners: [gemeente, { ...school, name: 'Het Stedelijk College' }, { id: 'n', kind: 'school', name: '' }] },
    );
    expect(changes).toEqual([
      {
        path: ['partners', 's', 'name'],
        rows: [null, 'rij 2: Het Stedelijk College', null],
        before: 'Het College',
        after: 'Het Stedelijk College',
      },
      { path: ['partners', 'n'], rows: [null, 'rij 3'], after: { id: 'n', kind: 'school', name: '' } },
      { path: ['partners', 'j'], rows: [null, 'rij 3: JoU'], before: youth },
    ]);
  });

  it('reports a first row in an empty or missing list, and a reorder as one change in ids', () => {
    expect(diffStepData({ actionPlan: [] }, { actionPlan: [{ id: 'a', what: 'Overleg' }] })).toEqual([
      { path: ['actionPlan', 'a'], rows: [null, 'rij 1: Overleg'], after: { id: 'a', what: 'Overleg' } },
    ]);
    expect(diffStepData({}, { actionPlan: [{ id: 'a' }] })[0]!.path).toEqual(['actionPlan', 'a']);
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(diffStepData({ rows: [a, b] }, { rows: [b, a] })).toEqual([
      { path: ['rows'], rows: [null], before: ['a', 'b'], after: ['b', 'a'] },
    ]);
  });

  it('diffs against an empty first revision', () => {
    expect(diffStepData({}, { vision: 'Samen' })).toEqual([{ path: ['vision'], rows: [null], after: 'Samen' }]);
  });
});

describe('rowLabel', () => {
  it('numbers the row and names it by its first title-like field, shortened', () => {
    expect(rowLabel({ id: 'x' }, 0)).toBe('rij 1');
    expect(rowLabel({ id: 'x', what: '  Ouderavond  ' }, 4)).toBe('rij 5: Ouderavond');
    expect(rowLabel({ id: 'x', name: 'a'.repeat(80) }, 0)).toBe(`rij 1: ${'a'.repeat(59)}…`);
  });
});

describe('clipValue', () => {
  it('cuts long strings anywhere in a value and leaves the rest', () => {
    expect(clipValue({ a: 'abcdef', b: [1, 'xy'], c: null }, 4)).toEqual({ a: 'abc…', b: [1, 'xy'], c: null });
  });
});

describe('changeLabel', () => {
  const copy = {
    vision: { label: 'Onze visie' },
    goals: { legend: 'Doelen', goal: { label: 'Wat willen we bereiken?' } },
  };
  it('reads labels and legends from the copy, with the row label between list and field', () => {
    expect(changeLabel(copy, { path: ['vision'], rows: [null] })).toBe('Onze visie');
    expect(changeLabel(copy, { path: ['goals', 'g1', 'goal'], rows: [null, 'rij 1', null] })).toBe(
      'Doelen › rij 1 › Wat willen we bereiken?',
    );
    expect(changeLabel(copy, { path: ['goals', 'g1'], rows: [null, 'rij 2'] })).toBe('Doelen › rij 2');
  });
  it('never shows a stored key: a known one by its Dutch name, an unknown one as "ander veld"', () => {
    expect(changeLabel(copy, { path: ['extra', 'x'], rows: [null, null] })).toBe('ander veld › ander veld');
    expect(changeLabel(copy, { path: ['goals', 'g1', 'partnerId'], rows: [null, 'rij 1', null] })).toBe(
      'Doelen › rij 1 › Organisatie',
    );
  });

  it('finds a label deeper in the copy, and a field named after a group of the copy', () => {
    const nested = {
      acute: { legend: 'Bij acute zorgen', contactEmail: { label: 'E-mailadres' } },
      part: { hours: { label: 'Uren' } },
    };
    expect(changeLabel(nested, { path: ['acuteContactEmail'], rows: [null] })).toBe('E-mailadres');
    expect(changeLabel(nested, { path: ['hoursPerWeek'], rows: [null] })).toBe('Uren');
  });
});
