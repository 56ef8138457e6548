import { describe, expect, it } from 'vitest';
import { build } from './schema';

const complete = build('complete');
const draft = build('draft');

const valid = {
  vision: 'Jongeren worden weerbaarder als er volwassenen zijn die ze vertrouwen, op school en in de wijk.',
  contribution: 'School en jongerenwerk zien elk een ander deel van het leven van een jongere; samen zien we meer.',
  goals: [{ id: 'd1', goal: 'Leerlingen kennen de jongerenwerker', indicator: 'Minstens de helft van de leerlingen weet waarvoor ze terechtkunnen.' }],
  schoolYears: 'Leerjaar 1 tot en met 3',
  levels: ['vmbo', 'havo'],
  targetGroupNotes: '',
};
const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('step 4 schema', () => {
  it('accepts an empty draft', () => {
    expect(draft.safeParse({}).success).toBe(true);
    expect(draft.safeParse({ goals: [{ id: 'x', goal: '', indicator: '' }], levels: [] }).success).toBe(true);
  });

  it('accepts a complete, valid step', () => {
    expect(complete.safeParse(valid).success).toBe(true);
    const { targetGroupNotes: _, ...withoutNotes } = valid;
    expect(complete.safeParse(withoutNotes).success).toBe(true);
  });

  it.each([
    ['vision', ' '],
    ['contribution', ''],
    ['schoolYears', ''],
    ['levels', []],
    ['goals', []],
  ])('requires %s', (field, empty) => {
    expect(paths(complete.safeParse({ ...valid, [field]: empty }))).toEqual([field]);
  });

  it('requires both the goal and how we will know it is reached', () => {
    const result = complete.safeParse({ ...valid, goals: [{ id: 'd1', goal: 'Minder verzuim', indicator: '' }] });
    expect(paths(result)).toEqual(['goals.0.indicator']);
  });

  it('checks types and lengths even in a draft', () => {
    expect(draft.safeParse({ vision: 'x'.repeat(10_001) }).success).toBe(false);
    expect(draft.safeParse({ goals: [{ id: 'x', goal: 'x'.repeat(501) }] }).success).toBe(false);
    expect(draft.safeParse({ goals: [{ goal: 'zonder id' }] }).success).toBe(false);
    expect(draft.safeParse({ levels: ['gymnasium'] }).success).toBe(false);
    expect(draft.safeParse({ schoolYears: 3 }).success).toBe(false);
  });
});
