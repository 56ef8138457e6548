import { describe, expect, it } from 'vitest';
import type { PortfolioRow } from './api';
import { DEFAULT_VIEW, fundingEvents, viewRows } from './portfolio-view';

const row = (over: Partial<PortfolioRow>): PortfolioRow => ({
  id: over.title ?? 'x',
  title: 'x',
  gemeente: 'Gemeente Utrecht',
  schools: [],
  lifecycle: 'concept',
  stepsDone: 0,
  stepsTotal: 11,
  aanZet: [],
  nextRound: null,
  overdueActions: 0,
  fundingMonthsLeft: null,
  fundingEndsOn: null,
  hasStructural: false,
  searchStart: null,
  searchStarted: false,
  fundingPeriods: [],
  ...over,
});

const rows = [
  row({
    title: 'Noord',
    schools: ['Het Stedelijk Lyceum'],
    lifecycle: 'actief',
    nextRound: { number: 2, date: '2027-03-01' },
    fundingMonthsLeft: 8,
    fundingEndsOn: '2027-09-30',
  }),
  row({ title: 'Zuid', schools: ['Zuiderpark College'], stepsDone: 4, fundingMonthsLeft: 20, searchStart: '2027-06-01' }),
  row({
    title: 'Oost',
    lifecycle: 'ter-ondertekening',
    aanZet: ['JoU Jongerenwerk'],
    nextRound: { number: 1, date: '2026-12-20' },
  }),
];
const titles = (r: PortfolioRow[]) => r.map((x) => x.title);

describe('the portfolio as a person narrows and sorts it', () => {
  it('finds by every word in title, school or who is aan zet, in any case', () => {
    expect(titles(viewRows(rows, { ...DEFAULT_VIEW, query: 'lyceum' }))).toEqual(['Noord']);
    expect(titles(viewRows(rows, { ...DEFAULT_VIEW, query: 'jou JONGERENWERK' }))).toEqual(['Oost']);
    expect(titles(viewRows(rows, { ...DEFAULT_VIEW, query: 'lyceum zuid' }))).toEqual([]);
  });

  it('keeps one phase', () => {
    expect(titles(viewRows(rows, { ...DEFAULT_VIEW, lifecycle: 'actief' }))).toEqual(['Noord']);
  });

  it('sorts on a column either way; rows without a value go last both ways', () => {
    expect(titles(viewRows(rows, DEFAULT_VIEW))).toEqual(['Noord', 'Oost', 'Zuid']);
    expect(titles(viewRows(rows, { ...DEFAULT_VIEW, sort: 'nextRound' }))).toEqual(['Oost', 'Noord', 'Zuid']);
    expect(titles(viewRows(rows, { ...DEFAULT_VIEW, sort: 'nextRound', descending: true }))).toEqual(['Noord', 'Oost', 'Zuid']);
    expect(titles(viewRows(rows, { ...DEFAULT_VIEW, sort: 'fundingMonthsLeft' }))).toEqual(['Noord', 'Zuid', 'Oost']);
    expect(titles(viewRows(rows, { ...DEFAULT_VIEW, sort: 'lifecycle' }))).toEqual(['Zuid', 'Oost', 'Noord']);
  });

  it('lists every funding date across dossiers in date order', () => {
    expect(fundingEvents(rows).map((e) => `${e.date} ${e.kind} ${e.title}`)).toEqual([
      '2027-06-01 zoeken Zuid',
      '2027-09-30 einde Noord',
    ]);
  });
});
