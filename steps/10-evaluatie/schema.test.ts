import { describe, expect, it } from 'vitest';
import type { Partner } from '#src/domain/partners';
import { build, buildSchedule, SCHEDULE_FIELDS, warnings } from './schema';

const issuePaths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

const complete = build('complete');
const draft = build('draft');

const valid = {
  frequency: 'per_half_jaar',
  firstDate: '2027-01-15',
  participants: [
    { id: 'p1', partnerId: 's', person: 'Zorgcoördinator' },
    { id: 'p2', partnerId: 'j', person: 'Teamleider jongerenwerk' },
  ],
  studentInvolvement: 'Vijf vragen in de mentorles en een gesprek met de leerlingenraad.',
  evaluationTypes: ['proces', 'effect'],
  bottlenecks: 'Kort verslag per evaluatie; nieuwe acties gaan naar het actieplan.',
};

const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 10 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(
      draft.safeParse({ frequency: '', firstDate: '', participants: [{ id: 'x', partnerId: '', person: '' }] }).success,
    ).toBe(true);
  });

  it('accepts a complete, valid step', () => {
    expect(complete.safeParse(valid).success).toBe(true);
  });

  it('requires every part', () => {
    const result = paths(complete.safeParse({}));
    expect(result.sort()).toEqual(
      ['bottlenecks', 'evaluationTypes', 'firstDate', 'frequency', 'participants', 'studentInvolvement'].sort(),
    );
  });

  it('requires organisation and name of each participant', () => {
    expect(paths(complete.safeParse({ ...valid, participants: [{ id: 'x', partnerId: '', person: ' ' }] }))).toEqual([
      'participants.0.partnerId',
      'participants.0.person',
    ]);
  });

  it('requires at least one kind of evaluation and one participant', () => {
    expect(paths(complete.safeParse({ ...valid, evaluationTypes: [] }))).toEqual(['evaluationTypes']);
    expect(paths(complete.safeParse({ ...valid, participants: [] }))).toEqual(['participants']);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ frequency: 'maandelijks' }).success).toBe(false);
    expect(draft.safeParse({ evaluationTypes: ['impact'] }).success).toBe(false);
    expect(draft.safeParse({ evaluationTypes: ['plan', 'plan', 'plan', 'plan'] }).success).toBe(false);
    expect(draft.safeParse({ studentInvolvement: 'x'.repeat(10_001) }).success).toBe(false);
    expect(draft.safeParse({ participants: [{ id: 'x', person: 'x'.repeat(201) }] }).success).toBe(false);
  });

  it('keeps a wrong format in a draft and names it when complete', () => {
    expect(draft.safeParse({ firstDate: '2027-02-30' }).success).toBe(true);
    expect(issuePaths(complete.safeParse({ firstDate: '2027-02-30' }))).toContain('firstDate');
  });
});

describe('step 10 evaluation schedule', () => {
  it('is complete with only frequency, first date and participants', () => {
    const schedule = Object.fromEntries(SCHEDULE_FIELDS.map((k) => [k, valid[k]]));
    expect(buildSchedule('complete').safeParse(schedule).success).toBe(true);
    expect(complete.safeParse(schedule).success).toBe(false);
  });

  it('is incomplete without a first date', () => {
    expect(paths(buildSchedule('complete').safeParse({ ...valid, firstDate: '' }))).toEqual(['firstDate']);
  });
});

describe('step 10 warnings', () => {
  const ctx = {
    partners: [
      { id: 'g', kind: 'gemeente', name: 'Gemeente' },
      { id: 's', kind: 'school', name: 'School' },
      { id: 'j', kind: 'jongerenwerk', name: 'Jongerenwerk' },
    ] as Partner[],
    steps: {},
  };
  const empty = { partners: [], steps: {} };
  const run = (...partnerIds: string[]) =>
    warnings({ participants: partnerIds.map((partnerId, i) => ({ id: `p${i}`, partnerId, person: '' })) }, ctx).map(
      (w) => w.message,
    );

  it('is quiet until a participant is linked to a known organisation', () => {
    expect(warnings({}, ctx)).toEqual([]);
    expect(run('')).toEqual([]);
    expect(run('onbekend')).toEqual([]);
    expect(warnings(valid as never, empty)).toEqual([]);
  });

  it('names the missing side', () => {
    expect(run('s')).toEqual(['Bij de deelnemers ontbreekt nog het jongerenwerk.']);
    expect(run('j', 'g')).toEqual(['Bij de deelnemers ontbreekt nog de school.']);
    expect(run('g')).toHaveLength(2);
  });

  it('is quiet with both school and youth work', () => {
    expect(run('s', 'j')).toEqual([]);
  });
});
