import { describe, expect, it } from 'vitest';
import { ANSWER_SCHEMAS } from '#src/domain/evaluation/answers';
import { EXAMPLE_ROUNDS } from '#src/domain/evaluation/example-rounds';
import { missingForFreeze } from '#src/domain/agreement/content';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { STEPS } from '#steps/index';
import { exampleShiftMonths, shiftExample, shiftText } from './example-timeline';

describe('the example’s timeline', () => {
  it('moves by whole months so that the story’s early February 2028 is this month', () => {
    expect(exampleShiftMonths('2028-02-29')).toBe(0);
    expect(exampleShiftMonths('2026-12-07')).toBe(-14);
    expect(exampleShiftMonths('2030-01-01')).toBe(23);
  });

  it('moves dates, Dutch months with their year, and years in texts, never ids, numbers or phone numbers', () => {
    expect(shiftText('Na de evaluatie van juni 2028 besluiten we', -14)).toBe('Na de evaluatie van april 2027 besluiten we');
    expect(shiftText('Kennismaking op 12 november 2026, van januari 2027 tot en met juli 2028', -14)).toBe(
      'Kennismaking op 12 september 2025, van november 2025 tot en met mei 2027',
    );
    expect(shiftText('kadernota 2028, schooljaar 2027-2028, bel 0800-2000, € 110.000', -14)).toBe(
      'kadernota 2027, schooljaar 2026-2027, bel 0800-2000, € 110.000',
    );
    expect(shiftText('december 2027', 2)).toBe('februari 2028');
    expect(shiftText('op 2027-01-31', 1)).toBe('op 2027-02-28');
    const shifted = shiftExample(
      { id: 'ev-2027-06', partnerId: 'p-2027', date: '2027-06-15', amount: 2027, rows: [{ deadline: '2028-02-29' }] },
      -12,
    );
    expect(shifted).toEqual({
      id: 'ev-2027-06',
      partnerId: 'p-2027',
      date: '2026-06-15',
      amount: 2027,
      rows: [{ deadline: '2027-02-28' }],
    });
  });

  it('keeps the example complete and its round answers valid however far it moves', () => {
    for (const months of [-40, -14, -1, 0, 7, 30]) {
      const steps = shiftExample(EXAMPLE_DOSSIER.steps, months);
      expect(missingForFreeze(STEPS, steps), `${months} months`).toEqual([]);
      for (const step of STEPS)
        expect(step.schema.safeParse(steps[step.id]).error, `${step.id}, ${months} months`).toBeUndefined();
      for (const round of EXAMPLE_ROUNDS)
        for (const r of round.responses)
          expect(ANSWER_SCHEMAS.evaluatie.complete.safeParse(shiftExample(r.answers, months)).error).toBeUndefined();
    }
  });
});
