import { describe, expect, it } from 'vitest';
import { planningHorizon, scheduleDates, scheduleKey } from './planning';

describe('planning evaluation rounds from the schedule', () => {
  it('plans every date of the schedule from today up to 24 months ahead', () => {
    const today = '2026-12-07';
    expect(planningHorizon(today)).toBe('2028-12-07');
    expect(scheduleDates('2027-06-15', 6, { from: today, until: planningHorizon(today) })).toEqual([
      '2027-06-15',
      '2027-12-15',
      '2028-06-15',
    ]);
  });

  it('leaves out dates that have passed, keeping the rhythm of the first date', () => {
    expect(scheduleDates('2025-01-31', 3, { from: '2026-01-01', until: '2026-12-31' })).toEqual([
      '2026-01-31',
      '2026-04-30',
      '2026-07-31',
      '2026-10-31',
    ]);
  });

  it('adds only what lies after the part already planned, so a removed round is not planned again', () => {
    expect(scheduleDates('2027-06-15', 6, { from: '2027-07-01', until: '2029-07-01', after: '2028-12-07' })).toEqual([
      '2028-12-15',
      '2029-06-15',
    ]);
  });

  it('includes the window edges themselves', () => {
    expect(scheduleDates('2027-01-01', 12, { from: '2027-01-01', until: '2028-01-01' })).toEqual(['2027-01-01', '2028-01-01']);
  });

  it('plans nothing for a schedule it cannot read', () => {
    const window = { from: '2026-01-01', until: '2028-01-01' };
    expect(scheduleDates('', 6, window)).toEqual([]);
    expect(scheduleDates('15-06-2027', 6, window)).toEqual([]);
    expect(scheduleDates('2027-06-15', 0, window)).toEqual([]);
    expect(scheduleDates('2027-06-15', 1.5, window)).toEqual([]);
  });

  it('ends for a first date long ago', () => {
    expect(scheduleDates('1901-01-01', 12, { from: '2026-01-01', until: '2027-12-31' })).toEqual(['2026-01-01', '2027-01-01']);
  });

  it('names a schedule by its frequency and first date', () => {
    expect(scheduleKey('per_half_jaar', '2027-06-15')).toBe('per_half_jaar|2027-06-15');
  });
});
