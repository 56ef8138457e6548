import { describe, expect, it } from 'vitest';
import { coveredMonths, monthsBetween, searchStartsTooLate, sixMonthsBefore, temporaryFundingEnd } from './funding';

describe('funding dates', () => {
  it('counts whole months with both ends included', () => {
    expect(monthsBetween('2027-01-01', '2027-12-31')).toBe(12);
    expect(monthsBetween('2027-03-15', '2028-02-14')).toBe(11);
    expect(monthsBetween('2027-03-15', '2028-03-14')).toBe(12);
    expect(monthsBetween('2027-01-31', '2027-02-27')).toBe(0);
    expect(monthsBetween('2027-02-01', '2027-01-01')).toBeUndefined();
  });

  it('joins adjacent and overlapping periods, stops at a gap', () => {
    expect(
      coveredMonths([
        { from: '2027-01-01', to: '2027-06-30' },
        { from: '2027-07-01', to: '2027-12-31' },
      ]),
    ).toBe(12);
    expect(
      coveredMonths([
        { from: '2027-01-01', to: '2027-09-30' },
        { from: '2027-03-01', to: '2027-12-31' },
      ]),
    ).toBe(12);
    expect(
      coveredMonths([
        { from: '2027-01-01', to: '2027-06-30' },
        { from: '2027-08-01', to: '2027-12-31' },
      ]),
    ).toBe(6);
    expect(coveredMonths([{ from: '2027-01-01' }])).toBeUndefined();
  });

  it('finds when temporary money ends, ignoring structural sources', () => {
    expect(
      temporaryFundingEnd([
        { to: '2027-12-31', structural: false },
        { to: '2029-12-31', structural: true },
        { to: '2028-07-31' },
      ]),
    ).toBe('2028-07-31');
  });

  it('warns when the search starts later than six months before the end', () => {
    expect(sixMonthsBefore('2028-08-31')).toBe('2028-02-29');
    expect(searchStartsTooLate('2028-01-31', '2028-07-31')).toBe(false);
    expect(searchStartsTooLate('2028-02-01', '2028-07-31')).toBe(true);
    expect(searchStartsTooLate(undefined, '2028-07-31')).toBe(false);
  });
});
