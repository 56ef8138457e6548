import { describe, expect, it } from 'vitest';
import type { Partner } from '#src/domain/partners';
import { build, warnings } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const activity = {
  id: 'k1',
  kind: 'presentatie',
  kindOther: '',
  topic: 'Wat jongeren online bezighoudt',
  partnerId: 'j',
  audience: 'Mentoren onderbouw',
  frequency: 'per_half_jaar',
  nextDate: '',
};
const valid = {
  activities: [
    activity,
    {
      ...activity,
      id: 'k2',
      kind: 'teamoverleg',
      topic: 'Zorgstructuur',
      partnerId: 's',
      audience: 'Jongerenwerkers',
      frequency: 'maandelijks',
      nextDate: '2026-10-05',
    },
  ],
};

const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 9 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(draft.safeParse({ activities: [{ id: 'x', kind: '', frequency: '', nextDate: '' }] }).success).toBe(true);
  });

  it('accepts a complete, valid step', () => {
    expect(complete.safeParse(valid).success).toBe(true);
  });

  it('requires at least one activity', () => {
    expect(paths(complete.safeParse({ activities: [] }))).toEqual(['activities']);
    expect(paths(complete.safeParse({}))).toEqual(['activities']);
  });

  it('requires what, topic, by whom, for whom and how often, but not the next date', () => {
    const result = paths(
      complete.safeParse({
        activities: [{ id: 'x', kind: '', topic: '', partnerId: '', audience: ' ', frequency: '', nextDate: '' }],
      }),
    );
    expect(result.sort()).toEqual(
      [
        'activities.0.audience',
        'activities.0.frequency',
        'activities.0.kind',
        'activities.0.partnerId',
        'activities.0.topic',
      ].sort(),
    );
  });

  it('asks to describe "anders"', () => {
    expect(paths(complete.safeParse({ activities: [{ ...activity, kind: 'anders' }] }))).toEqual(['activities.0.kindOther']);
    expect(
      complete.safeParse({ activities: [{ ...activity, kind: 'anders', kindOther: 'Gezamenlijke studiedag' }] }).success,
    ).toBe(true);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ activities: [{ id: 'x', frequency: 'dagelijks' }] }).success).toBe(false);
    expect(draft.safeParse({ activities: [{ id: 'x', kind: 'lezing' }] }).success).toBe(false);
    expect(draft.safeParse({ activities: [{ id: 'x', topic: 'x'.repeat(201) }] }).success).toBe(false);
    expect(draft.safeParse({ activities: [{ id: 'x', partnerId: 'x'.repeat(65) }] }).success).toBe(false);
    expect(draft.safeParse({ activities: [{ id: '' }] }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ activities: [{ id: 'x', nextDate: '05-10-2026' }] }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ activities: [{ id: 'x', nextDate: '05-10-2026' }] }))).toContain(
      'activities.0.nextDate',
    );
  });
});

describe('step 9 warnings', () => {
  const ctx = {
    partners: [
      { id: 'g', kind: 'gemeente', name: 'Gemeente' },
      { id: 's', kind: 'school', name: 'School' },
      { id: 'j', kind: 'jongerenwerk', name: 'Jongerenwerk' },
    ] as Partner[],
    steps: {},
  };
  const empty = { partners: [], steps: {} };
  const ids = (partnerIds: string[]) =>
    warnings({ activities: partnerIds.map((partnerId, i) => ({ ...activity, id: `a${i}`, partnerId })) } as never, ctx).map(
      (w) => w.id,
    );

  it('is quiet while no provider is known', () => {
    expect(warnings({}, ctx)).toEqual([]);
    expect(ids([''])).toEqual([]);
    expect(ids(['verdwenen'])).toEqual([]);
    expect(warnings(valid as never, empty)).toEqual([]);
  });

  it('names the side that shares nothing yet', () => {
    expect(ids(['j', 'j'])).toEqual(['geen-kennis-school']);
    expect(ids(['s'])).toEqual(['geen-kennis-jongerenwerk']);
    expect(ids(['g'])).toEqual(['geen-kennis-school', 'geen-kennis-jongerenwerk']);
  });

  it('is quiet when knowledge flows both ways', () => {
    expect(ids(['j', 's'])).toEqual([]);
  });
});
