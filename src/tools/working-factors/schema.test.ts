import { describe, expect, it } from 'vitest';
import { factorAssessment } from './schema';

const complete = factorAssessment('complete');
const draft = factorAssessment('draft');
const issues = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

const respondent = (scores: Record<string, unknown>) => ({ id: 'r1', partnerId: 'p1', name: 'Mentor', scores });

describe('working-factors schema', () => {
  it('accepts no assessment, and scores 1–5, "weet niet" or nothing yet', () => {
    expect(complete.safeParse({}).success).toBe(true);
    const scores = {
      'vast-team': { importance: 5, presence: 1, comment: 'x' },
      zichtbaar: { importance: 'weet_niet', presence: null },
      capaciteit: {},
    };
    expect(issues(complete.safeParse({ respondents: [respondent(scores)] }))).toEqual([]);
  });

  it.each([0, 6, 2.5, '3', 'onbekend', true])('refuses the score %j with a clear message, even in a draft', (value) => {
    const data = { respondents: [respondent({ capaciteit: { importance: value, presence: 3 } })] };
    const expected = [['respondents.0.scores.capaciteit.importance', 'Kies een score van 1 tot en met 5, of "weet niet".']];
    expect(issues(complete.safeParse(data))).toEqual(expected);
    expect(issues(draft.safeParse(data))).toEqual(expected);
  });

  it('refuses scores for factors that are not in the catalogue nor among the own factors, when complete', () => {
    const data = {
      respondents: [
        respondent({ capaciteit: { importance: 3 }, verzonnen: { importance: 4 }, 'eigen-ouders': { importance: 4 } }),
      ],
    };
    expect(issues(complete.safeParse(data))).toEqual([
      [
        'respondents.0.scores',
        'Er staan scores voor factoren die niet (meer) in dit dossier bestaan: verzonnen, eigen-ouders. Voeg de eigen factor opnieuw toe of laat deze scores weg.',
      ],
    ]);
    expect(draft.safeParse(data).success).toBe(true);
    const withOwn = {
      ...data,
      customFactors: [
        { id: 'eigen-ouders', label: 'Ouders', cluster: '' },
        { id: 'verzonnen', label: 'Iets', cluster: 'leren' },
      ],
    };
    expect(issues(complete.safeParse(withOwn))).toEqual([]);
  });

  it('reports unknown factors together with the other issues', () => {
    const data = { respondents: [{ ...respondent({ verzonnen: { importance: 4 } }), name: '' }] };
    expect(issues(complete.safeParse(data)).map(([path]) => path)).toEqual(['respondents.0.name', 'respondents.0.scores']);
  });

  it('refuses malformed factor ids, even in a draft', () => {
    expect(issues(draft.safeParse({ respondents: [respondent({ 'Geen id!': {} })] }))).toEqual([
      ['respondents.0.scores.Geen id!', 'Deze factor bestaat niet (meer) in dit dossier.'],
    ]);
  });

  it('requires partner and name of a respondent, and a name for an own factor, when complete', () => {
    const data = { respondents: [{ id: 'r', partnerId: '', name: ' ' }], customFactors: [{ id: 'c', label: '', cluster: '' }] };
    expect(issues(complete.safeParse(data)).map(([path]) => path)).toEqual([
      'customFactors.0.label',
      'respondents.0.partnerId',
      'respondents.0.name',
    ]);
    expect(draft.safeParse(data).success).toBe(true);
  });
});
