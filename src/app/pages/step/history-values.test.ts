import { describe, expect, it } from 'vitest';
import { getStep } from '#steps/index';
import { choiceLabels } from './history-values';
import { valueTextOf } from './step-history';

const partners = [{ id: 'p-jw', name: 'JoU Jongerenwerk' }];

describe('history values', () => {
  it('names choices by their label and partners by their name, wherever the step keeps them', () => {
    const labels = choiceLabels('signalen', getStep('signalen').copy, partners);
    expect(valueTextOf('tweewekelijks', labels)).toBe('Elke twee weken');
    expect(valueTextOf(['online', 'welzijn'], choiceLabels('initiatief', getStep('initiatief').copy, partners))).toBe(
      'De online wereld van jongeren, Welzijn en mentale gezondheid',
    );
    expect(valueTextOf({ id: 'r1', partnerId: 'p-jw', role: 'Trekker' }, labels)).toBe('JoU Jongerenwerk · Trekker');
  });

  it('shows typed text, unknown codes and codes two lists label differently as stored', () => {
    const copy = {
      a: [{ value: 'x', label: 'Eerste' }],
      b: [{ value: 'x', label: 'Tweede' }],
      c: [{ value: 'y', label: 'Why' }],
    };
    const labels = choiceLabels(null, copy, []);
    expect(valueTextOf('x', labels)).toBe('x');
    expect(valueTextOf('y', labels)).toBe('Why');
    expect(valueTextOf('Elke dinsdag in de pauze', labels)).toBe('Elke dinsdag in de pauze');
    expect(valueTextOf(3, labels)).toBe('3');
  });
});
