import { describe, expect, it } from 'vitest';
import { actionTexts, appendToVision, textKey, visionContains } from './agreements';

describe('agreements', () => {
  it('appends to the vision as a new paragraph, or starts it', () => {
    expect(appendToVision('Eerste alinea.\n', ' Tweede. ')).toBe('Eerste alinea.\n\nTweede.');
    expect(appendToVision('   ', 'Alleen dit.')).toBe('Alleen dit.');
  });

  it('finds an agreement in the vision regardless of case and spacing', () => {
    expect(visionContains('We zijn er\nop  vaste tijden. En meer.', 'we zijn er op vaste tijden.')).toBe(true);
    expect(visionContains('Iets anders.', 'We zijn er op vaste tijden.')).toBe(false);
  });

  it('reads the texts of saved action rows and ignores anything else', () => {
    const texts = actionTexts([{ what: ' Eén  Gesprek ' }, { what: '' }, { how: 'x' }, null, 3]);
    expect([...texts]).toEqual([textKey('eén gesprek')]);
    expect(actionTexts(undefined).size).toBe(0);
    expect(actionTexts({ what: 'x' }).size).toBe(0);
  });
});
