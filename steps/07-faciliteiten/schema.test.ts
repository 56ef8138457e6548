import { describe, expect, it } from 'vitest';
import { build, warnings } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const valid = {
  presence: [
    { id: 'p1', partnerId: 's', location: 'Hoofdgebouw', days: ['di', 'do'], hoursPerWeek: 12, regularity: 'Elke lesweek' },
    { id: 'p2', partnerId: 's2', days: ['wo'], hoursPerWeek: 4, regularity: 'Om de week' },
  ],
  spot: 'vaste_plek',
  spotDescription: 'Een statafel in de aula naast de kantine, met een bordje.',
  access: ['toegangspas', 'wifi', 'roosters'],
  accessNotes: '',
  independentPosition: true,
};

const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 7 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
  });

  it('accepts a draft with half-filled rows and an unanswered confirmation', () => {
    expect(
      draft.safeParse({ presence: [{ id: 'x', partnerId: '', days: [], hoursPerWeek: null }], independentPosition: null })
        .success,
    ).toBe(true);
  });

  it('accepts a complete, valid step', () => {
    expect(complete.safeParse(valid).success).toBe(true);
  });

  it('requires at least one presence row', () => {
    expect(paths(complete.safeParse({ ...valid, presence: [] }))).toContain('presence');
    expect(paths(complete.safeParse({ ...valid, presence: undefined }))).toContain('presence');
  });

  it('requires school, days, hours and rhythm in every row', () => {
    const row = { id: 'p', partnerId: '', days: [], hoursPerWeek: null, regularity: ' ' };
    const result = paths(complete.safeParse({ ...valid, presence: [row] }));
    expect(result).toEqual(
      expect.arrayContaining(['presence.0.partnerId', 'presence.0.days', 'presence.0.hoursPerWeek', 'presence.0.regularity']),
    );
    expect(result).not.toContain('presence.0.location');
  });

  it('requires the spot, its description and the confirmation', () => {
    const result = paths(complete.safeParse({ ...valid, spot: '', spotDescription: '', independentPosition: null }));
    expect(result).toEqual(expect.arrayContaining(['spot', 'spotDescription', 'independentPosition']));
  });

  it('refuses "nee" on the independent position with a clear message', () => {
    const result = complete.safeParse({ ...valid, independentPosition: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['independentPosition'], message: expect.stringContaining('eigen organisatie') }),
    ]);
  });

  it('asks to describe other access', () => {
    expect(paths(complete.safeParse({ ...valid, access: ['anders'] }))).toEqual(['accessNotes']);
    expect(complete.safeParse({ ...valid, access: ['anders'], accessNotes: 'Een parkeervergunning' }).success).toBe(true);
  });

  it('allows no access options at all', () => {
    expect(complete.safeParse({ ...valid, access: [] }).success).toBe(true);
  });

  it('refuses more hours than the chosen days can hold, at the boundary', () => {
    const withHours = (days: string[], hoursPerWeek: number) =>
      complete.safeParse({ ...valid, presence: [{ ...valid.presence[0], days, hoursPerWeek }] });
    expect(withHours(['ma'], 10).success).toBe(true);
    expect(paths(withHours(['ma'], 10.5))).toEqual(['presence.0.hoursPerWeek']);
    expect(withHours(['ma', 'di'], 20).success).toBe(true);
  });

  it('checks types and ranges even in a draft', () => {
    expect(draft.safeParse({ presence: [{ id: 'x', days: ['za'] }] }).success).toBe(false);
    expect(draft.safeParse({ presence: [{ partnerId: 's' }] }).success).toBe(false);
    expect(draft.safeParse({ spot: 'kelder' }).success).toBe(false);
    expect(draft.safeParse({ spotDescription: 'x'.repeat(10_001) }).success).toBe(false);
    expect(draft.safeParse({ independentPosition: 'ja' }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ presence: [{ id: 'x', hoursPerWeek: 0 }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ presence: [{ id: 'x', hoursPerWeek: 0 }] }))).toContain('presence.0.hoursPerWeek');
    expect(draft.safeParse({ presence: [{ id: 'x', hoursPerWeek: 61 }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ presence: [{ id: 'x', hoursPerWeek: 61 }] }))).toContain('presence.0.hoursPerWeek');
    expect(draft.safeParse({ presence: [{ id: 'x', hoursPerWeek: '12' }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ presence: [{ id: 'x', hoursPerWeek: '12' }] }))).toContain('presence.0.hoursPerWeek');
  });
});

describe('step 7 warnings', () => {
  const ctx = (collaborationType?: string) => ({ partners: [], steps: { initiatief: { collaborationType } } });
  const empty = { partners: [], steps: {} };

  it('warns when working inside the school without a fixed spot', () => {
    expect(warnings({ spot: 'geen_vaste_plek' }, ctx('in_school'))).toEqual([expect.objectContaining({ id: 'geen-vaste-plek' })]);
  });

  it('stays quiet from the neighbourhood, with a spot, or when step 1 is not filled in', () => {
    expect(warnings({ spot: 'geen_vaste_plek' }, ctx('wijkgericht'))).toEqual([]);
    expect(warnings({ spot: 'vaste_plek' }, ctx('in_school'))).toEqual([]);
    expect(warnings({ spot: 'geen_vaste_plek' }, empty)).toEqual([]);
    expect(warnings({}, ctx('in_school'))).toEqual([]);
  });
});
