import { describe, expect, it } from 'vitest';
import { baselineAnswers, evaluationAnswers, hasAnyAnswer } from './answers';

const draft = evaluationAnswers('draft');
const complete = evaluationAnswers('complete');

describe('evaluation answers', () => {
  it('keeps whatever a draft holds within types and lengths, also half-typed numbers and empty rows', () => {
    const answers = {
      presence: { 'vast-team': 4, zichtbaar: 'weet_niet', capaciteit: null },
      reach: { studentsPerWeek: '80 à 90' },
      knelpunten: [{ id: 'k1', knelpunt: '', oplossing: 'Vaste dag afspreken' }],
      newActions: [{ id: 'n1', what: '', deadline: '31-12' }],
      goals: { 'doel-1': { measured: '55% zichtbaar', behind: 'ja' } },
      behindVision: 'deels',
    };
    const parsed = draft.safeParse(answers);
    expect(parsed.success).toBe(true);
    // An unanswered factor is the same as a missing one.
    expect(parsed.data!.presence).toEqual({ 'vast-team': 4, zichtbaar: 'weet_niet' });
  });

  it('asks for real numbers, dates and a described knelpunt only when the person says they are done', () => {
    const answers = {
      reach: { studentsPerWeek: '80 à 90' },
      knelpunten: [{ id: 'k1', knelpunt: ' ', oplossing: 'Vaste dag afspreken' }],
      newActions: [{ id: 'n1', what: 'Spreekuur', deadline: '31-12' }],
    };
    const result = complete.safeParse(answers);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['reach.studentsPerWeek', 'knelpunten.0.knelpunt', 'newActions.0.deadline']));
  });

  it('refuses wrong types, unknown keys, too long texts and scores off the scale, with paths', () => {
    const bad = draft.safeParse({
      tops: 12,
      surprise: true,
      tips: 'x'.repeat(10_001),
      presence: { 'vast-team': 7 },
      experiences: { leerlingen: { rating: 0 } },
      behindVision: 'misschien',
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['tops', '', 'tips', 'presence.vast-team', 'experiences.leerlingen.rating', 'behindVision']),
    );
    expect(bad.error!.issues.find((i) => i.path.join('.') === 'presence.vast-team')!.message).toMatch(/1 tot en met 5/);
  });

  it('refuses more than 30 knelpunten', () => {
    const rows = Array.from({ length: 31 }, (_, i) => ({ id: `k${i}`, knelpunt: 'x' }));
    expect(draft.safeParse({ knelpunten: rows }).success).toBe(false);
  });
});

describe('baseline answers', () => {
  it('hold one person’s importance and presence per factor, with "weet niet"', () => {
    const parsed = baselineAnswers('draft').safeParse({
      name: 'Marieke Bos',
      scores: { 'vast-team': { importance: 5, presence: 'weet_niet', comment: 'Wisselt nog' }, zichtbaar: {} },
    });
    expect(parsed.success).toBe(true);
    expect(Object.keys(parsed.data!.scores!)).toEqual(['vast-team']);
  });

  it('refuses factor ids that cannot exist and evaluation answers', () => {
    expect(baselineAnswers('draft').safeParse({ scores: { 'Geen Id!': { importance: 3 } } }).success).toBe(false);
    expect(baselineAnswers('draft').safeParse({ tops: 'Goed' }).success).toBe(false);
  });
});

describe('whether a response counts', () => {
  it('counts once anything is answered, not for a name, empty texts or empty rows alone', () => {
    expect(hasAnyAnswer({})).toBe(false);
    expect(hasAnyAnswer({ name: 'Ada', tops: '  ', knelpunten: [{ id: 'k1', knelpunt: '' }], presence: {} })).toBe(false);
    expect(hasAnyAnswer({ presence: { 'vast-team': 'weet_niet' } })).toBe(true);
    expect(hasAnyAnswer({ reach: { groups: 0 } })).toBe(true);
    expect(hasAnyAnswer({ knelpunten: [{ id: 'k1', knelpunt: 'Geen ruimte' }] })).toBe(true);
  });
});
