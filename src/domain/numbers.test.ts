import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDutchNumber, formatEuro, numberFieldText, numberFieldValue, parseDutchNumber } from './numbers';

const value = (text: string) => {
  const r = parseDutchNumber(text);
  return r.ok ? r.value : r.problem;
};

describe('parseDutchNumber', () => {
  it.each([
    ['40.000', 40_000],
    ['40000', 40_000],
    ['€ 40.000,50', 40_000.5],
    ['€40.000', 40_000],
    ['40.000 euro', 40_000],
    ['EUR 2.500', 2_500],
    ['€ 2.500,-', 2_500],
    ['2,5', 2.5],
    ['0,125', 0.125],
    ['1.000.000', 1_000_000],
    ['40 000', 40_000],
    ['40\u00a0000,75', 40_000.75],
    ['  12  ', 12],
    ['-3', -3],
    ['1.250,5', 1250.5],
  ])('reads %j the Dutch way as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['2.5', 'decimal-point'],
    ['40000.50', 'decimal-point'],
    ['40.00', 'decimal-point'],
    ['1,000', 'ambiguous-comma'],
    ['veel geld', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['', 'not-a-number'],
    ['€', 'not-a-number'],
    ['4 0', 'not-a-number'],
  ])('does not turn %j into a number (%s)', (text, problem) => {
    expect(value(text)).toBe(problem);
  });

  it('reads back every number it formats (round trip)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = Number(`${whole}.${String(cents).padStart(2, '0')}`);
        expect(value(formatDutchNumber(n))).toBe(n);
        expect(value(formatEuro(n))).toBe(n);
      }),
    );
  });

  it('reads back numbers with up to six decimals without rounding them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.stringMatching(/^[0-9]{1,6}$/), (whole, decimals) => {
        const n = Number(`${whole}.${decimals}`);
        const r = parseDutchNumber(formatDutchNumber(n));
        // "1,567" is the one shape read as ambiguous (English thousands or Dutch decimals): never a wrong number.
        if (r.ok) expect(r.value).toBe(n);
        else expect([r.problem, n < 1000]).toEqual(['ambiguous-comma', true]);
      }),
    );
  });

  it('never throws and never returns a non-finite number, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseDutchNumber(text);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });
});

describe('number field values', () => {
  it('keeps text that is not a number as typed, so nothing is lost or changed', () => {
    expect(numberFieldValue('veel geld')).toBe('veel geld');
    expect(numberFieldValue('2.5')).toBe('2.5');
    expect(numberFieldValue('40.000')).toBe(40_000);
    expect(numberFieldValue('  ')).toBeNull();
    expect(numberFieldValue(7)).toBe(7);
  });

  it('shows stored numbers with a thousands dot and decimal comma', () => {
    expect(numberFieldText(40_000)).toBe('40.000');
    expect(numberFieldText(2.5)).toBe('2,5');
    expect(numberFieldText('veel geld')).toBe('veel geld');
    expect(numberFieldText(null)).toBe('');
    // Intl puts a no-break space after the euro sign, so the amount never breaks over two lines.
    expect(formatEuro(85_040)).toBe('€\u00a085.040');
  });
});
