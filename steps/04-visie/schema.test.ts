import { describe, expect, it } from 'vitest';
import { build } from './schema';

const complete = build('complete');
const draft = build('draft');

const valid = {
  vision: 'Jongeren worden weerbaarder als er volwassenen zijn die ze vertrouwen, op school en in de wijk.',
  contribution: 'School en jongerenwerk zien elk een ander deel van het leven van een jongere; samen zien we meer.',
  goals: [
    {
      id: 'd1',
      goal: 'Leerlingen kennen de jongerenwerker',
      indicator: 'Minstens de helft van de leerlingen weet waarvoor ze terechtkunnen.',
    },
  ],
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

  it('completes without the tools, and with valid tool data', () => {
    expect(complete.safeParse({ ...valid, conversation: {}, factors: { respondents: [], customFactors: [] } }).success).toBe(
      true,
    );
    const factors = {
      respondents: [
        {
          id: 'r',
          partnerId: 'p',
          name: 'Mentor',
          scores: { 'vast-team': { importance: 4, presence: 'weet_niet', comment: '' } },
        },
      ],
    };
    const conversation = {
      themes: { signalen: { notes: 'Eerst anoniem.', agreements: [{ id: 'a', text: 'Eerst zonder naam.' }] } },
    };
    expect(complete.safeParse({ ...valid, factors, conversation }).success).toBe(true);
  });

  it('refuses scores outside the scale and unknown factors with clear messages', () => {
    const factors = {
      respondents: [
        {
          id: 'r',
          partnerId: 'p',
          name: 'Mentor',
          scores: { 'vast-team': { importance: 9, presence: 2 }, bedacht: { importance: 3, presence: 3 } },
        },
      ],
    };
    const result = complete.safeParse({ ...valid, factors });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['factors.respondents.0.scores.vast-team.importance', 'Kies een score van 1 tot en met 5, of "weet niet".'],
      [
        'factors.respondents.0.scores',
        expect.stringMatching(/^Er staan scores voor een factor die niet \(meer\) in dit dossier bestaat: bedacht\./),
      ],
    ]);
    expect(draft.safeParse({ factors: { respondents: [{ id: 'r', scores: { 'vast-team': { importance: 0 } } }] } }).success).toBe(
      false,
    );
  });
});
