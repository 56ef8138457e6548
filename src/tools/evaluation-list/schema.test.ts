import { describe, expect, it } from 'vitest';
import { newCheckpoint } from './checkpoint-list';
import { checkpoints } from './schema';

const complete = checkpoints('complete');
const draft = checkpoints('draft');
const cp = (fields: Record<string, unknown> = {}) => ({
  id: 'cp1',
  ...newCheckpoint(),
  date: '2027-06-15',
  kind: 'proces',
  ...fields,
});
const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('checkpoint schema', () => {
  it('accepts no checkpoints at all, and a new empty one as a draft', () => {
    expect(complete.safeParse(undefined).success).toBe(true);
    expect(complete.safeParse([]).success).toBe(true);
    expect(draft.safeParse([{ id: 'x', ...newCheckpoint() }]).success).toBe(true);
  });

  it('needs a date and a kind to complete', () => {
    expect(paths(complete.safeParse([{ id: 'x', ...newCheckpoint() }]))).toEqual(['0.date', '0.kind']);
    expect(complete.safeParse([cp()]).success).toBe(true);
  });

  it('drops factor and action entries nobody filled in', () => {
    const parsed = complete.parse([
      cp({
        presence: { 'vast-team': 4, capaciteit: null, zichtbaar: 'weet_niet' },
        actions: { a: { status: '', wentWell: '', couldBeBetter: ' ' }, b: { status: 'bezig', wentWell: '', couldBeBetter: '' } },
      }),
    ]);
    expect(parsed![0].presence).toEqual({ 'vast-team': 4, zichtbaar: 'weet_niet' });
    expect(Object.keys(parsed![0].actions!)).toEqual(['b']);
  });

  it('keeps impossible counts in a draft but refuses them on completion', () => {
    const students = { respondents: 10, visible: 11, knowWhatFor: 3, hadContact: null, gotHelp: null };
    expect(draft.safeParse([cp({ students })]).success).toBe(true);
    const result = complete.safeParse([cp({ students })]);
    expect(paths(result)).toEqual(['0.students.visible']);
    expect(result.error?.issues[0].message).toBe('Dit zijn meer ja-antwoorden dan leerlingen die de peiling invulden.');
    expect(paths(complete.safeParse([cp({ students: { ...students, respondents: null } })]))).toEqual(['0.students.respondents']);
  });

  it.each([
    ['a score outside the scale', { presence: { 'vast-team': 6 } }],
    ['an unknown factor id', { presence: { 'Vast Team!': 3 } }],
    ['an unknown action status', { actions: { a: { status: 'klaar' } } }],
    ['a rating outside 1–5', { experiences: { leerlingen: { rating: 0, notes: '' } } }],
    ['an unknown answer', { agreements: { roles: 'misschien' } }],
  ])('refuses %s even in a draft', (_what, fields) => {
    expect(draft.safeParse([cp(fields)]).success).toBe(false);
  });

  it.each([
    ['a negative count', { reach: { studentsPerWeek: -1 } }, '0.reach.studentsPerWeek'],
    ['a fraction of a student', { students: { respondents: 2.5 } }, '0.students.respondents'],
  ])('keeps %s in a draft and names it when complete', (_what, fields, path) => {
    expect(draft.safeParse([cp(fields)]).success).toBe(true);
    expect(paths(complete.safeParse([cp(fields)]))).toContain(path);
  });

  it('holds at most 20 checkpoints', () => {
    expect(draft.safeParse(Array.from({ length: 21 }, (_, i) => ({ ...cp(), id: `cp${i}` }))).success).toBe(false);
  });
});
