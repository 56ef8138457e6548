import { describe, expect, it } from 'vitest';
import { addMonths, repeatDates, todayInAmsterdam } from './dates';

describe('addMonths', () => {
  it('adds calendar months and crosses years', () => {
    expect(addMonths('2027-01-15', 3)).toBe('2027-04-15');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
  });

  it('refuses invalid input', () => {
    expect(addMonths('', 1)).toBeUndefined();
    expect(addMonths('2027-13-45', 1)).toBeUndefined();
    expect(addMonths('2027-01-01', 1.5)).toBeUndefined();
  });
});

describe('repeatDates', () => {
  it('computes each date from the first, so a clamped month does not drift', () => {
    expect(repeatDates('2027-01-31', 1, 3)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });

  it('is empty for a missing date, count or interval', () => {
    expect(repeatDates('', 3, 4)).toEqual([]);
    expect(repeatDates('2027-01-01', 0, 4)).toEqual([]);
    expect(repeatDates('2027-01-01', 3, 0)).toEqual([]);
  });
});

describe('todayInAmsterdam', () => {
  it('gives the Dutch calendar date, also just after midnight when UTC is still on the day before', () => {
    expect(todayInAmsterdam(new Date('2027-02-28T23:30:00Z'))).toBe('2027-03-01');
    expect(todayInAmsterdam(new Date('2027-07-31T22:30:00Z'))).toBe('2027-08-01');
    expect(todayInAmsterdam(new Date('2027-07-31T21:30:00Z'))).toBe('2027-07-31');
  });
});
