import { describe, expect, it } from 'vitest';
import { customFactorsOf, factorLabel, factorOptions, filterRows, isFiltering, isOverdue, NO_FILTER, todayIso } from './view';

describe('overdue', () => {
  const today = '2027-03-01';
  it('marks a row whose deadline has passed and that is not finished', () => {
    expect(isOverdue({ deadline: '2027-02-28', status: 'gepland' }, today)).toBe(true);
    expect(isOverdue({ deadline: '2027-02-28', status: 'bezig' }, today)).toBe(true);
    expect(isOverdue({ deadline: '2027-02-28', status: 'uitgesteld' }, today)).toBe(true);
    expect(isOverdue({ deadline: '2027-02-28', status: '' }, today)).toBe(true);
  });
  it('not when finished, due today or later, or without a valid deadline', () => {
    expect(isOverdue({ deadline: '2027-02-28', status: 'gereed' }, today)).toBe(false);
    expect(isOverdue({ deadline: today, status: 'gepland' }, today)).toBe(false);
    expect(isOverdue({ deadline: '2027-03-02', status: 'gepland' }, today)).toBe(false);
    expect(isOverdue({ deadline: '', status: 'gepland' }, today)).toBe(false);
    expect(isOverdue({ deadline: '1-2-2027', status: 'gepland' }, today)).toBe(false);
    expect(isOverdue({}, today)).toBe(false);
  });
  it("today's date is the local calendar date", () => {
    expect(todayIso(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('filters', () => {
  const rows = [
    { status: 'gepland', leadPartnerId: 'j' },
    { status: 'bezig', leadPartnerId: 's' },
    { status: 'gepland', leadPartnerId: 's' },
    { status: '', leadPartnerId: '' },
  ];
  it('shows every row without a filter', () => {
    expect(filterRows(rows, NO_FILTER)).toEqual([0, 1, 2, 3]);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });
  it('by status, by lead partner, and both', () => {
    expect(filterRows(rows, { status: 'gepland', partnerId: '' })).toEqual([0, 2]);
    expect(filterRows(rows, { status: '', partnerId: 's' })).toEqual([1, 2]);
    expect(filterRows(rows, { status: 'gepland', partnerId: 's' })).toEqual([2]);
    expect(filterRows(rows, { status: 'gereed', partnerId: '' })).toEqual([]);
    expect(isFiltering({ status: '', partnerId: 's' })).toBe(true);
  });
  it('never changes the rows themselves', () => {
    const copy = structuredClone(rows);
    filterRows(rows, { status: 'bezig', partnerId: 's' });
    expect(rows).toEqual(copy);
  });
});

describe('linked factors', () => {
  const visie = {
    factors: { customFactors: [{ id: 'eigen-1', label: ' Ouders betrekken ' }, { id: 'leeg', label: '' }, 'onzin'] },
  };
  it('reads the custom factors of step 4 defensively', () => {
    expect(customFactorsOf(visie)).toEqual([{ id: 'eigen-1', label: 'Ouders betrekken' }]);
    expect(customFactorsOf(undefined)).toEqual([]);
    expect(customFactorsOf({ factors: 'x' })).toEqual([]);
  });
  it('offers the catalogue, then the own factors, and names them', () => {
    const custom = customFactorsOf(visie);
    const options = factorOptions(custom);
    expect(options[0]).toEqual({ value: 'vast-team', label: 'Een vast, gespecialiseerd team jongerenwerkers' });
    expect(options.at(-1)).toEqual({ value: 'eigen-1', label: 'Ouders betrekken (eigen factor)' });
    expect(factorLabel('capaciteit', custom)).toBe('Voldoende capaciteit in uren');
    expect(factorLabel('eigen-1', custom)).toBe('Ouders betrekken');
    expect(factorLabel('verdwenen', custom)).toBe('verdwenen');
    expect(factorLabel('', custom)).toBe('');
  });
});
