import { describe, expect, it } from 'vitest';
import { fixedVersion, rowOf, shownStatus } from './progress';

const v = (number: number, status: 'ter-ondertekening' | 'getekend' | 'ingetrokken') => ({ number, status });

describe('progress', () => {
  it('no version is fixed while the text is drafted', () => {
    expect(fixedVersion('concept', [])).toBeUndefined();
    expect(fixedVersion('concept', [v(1, 'ingetrokken')])).toBeUndefined();
    expect(fixedVersion('wijziging', [v(1, 'getekend')])).toBeUndefined();
  });

  it('the version out for signing or signed is fixed, never a withdrawn one', () => {
    expect(fixedVersion('ter-ondertekening', [v(1, 'ingetrokken'), v(2, 'ter-ondertekening')])).toBe(2);
    expect(fixedVersion('getekend', [v(1, 'getekend')])).toBe(1);
    expect(fixedVersion('actief', [v(1, 'getekend')])).toBe(1);
    expect(fixedVersion('ter-ondertekening', [v(1, 'getekend'), v(2, 'ter-ondertekening')])).toBe(2);
  });

  it('a step put back to bezig after signing still shows as vastgelegd', () => {
    expect(shownStatus('bezig', 1)).toBe('vastgelegd');
    expect(shownStatus('afgerond', 1)).toBe('vastgelegd');
    expect(shownStatus('leeg', 1)).toBe('leeg');
    expect(shownStatus('bezig', undefined)).toBe('bezig');
  });

  it('names the row an error is about', () => {
    expect(rowOf(['moments', 1, 'date'])).toBe(2);
    expect(rowOf(['moments', '0', 'date'])).toBe(1);
    expect(rowOf(['title'])).toBeUndefined();
  });
});
