import { describe, expect, it } from 'vitest';
import type { FundingTimeline } from '#src/domain/follow-up/funding-timeline';
import { timelineLayout } from './funding-timeline-layout';
import { timelineFacts } from './funding-timeline-facts';

const timeline: FundingTimeline = {
  range: { from: '2026-01-01', to: '2028-01-01' },
  today: '2027-01-01',
  periods: [
    { id: 'a', name: 'Gemeente', from: '2026-01-01', to: '2027-12-31', structural: false },
    { id: 'b', name: '', from: '2027-01-01', to: null, structural: true },
  ],
  temporaryEnd: '2027-12-31',
  lastYearFrom: '2026-12-31',
  searchStart: '2027-03-01',
  rounds: [{ date: '2027-06-15', number: 2 }],
  monthsLeft: 12,
  hasStructural: true,
};

describe('the funding timeline picture', () => {
  const layout = timelineLayout(timeline);

  it('places each date by its share of the range', () => {
    // 2027-01-01 is day 365 of 730.
    expect(layout.today).toBe(50);
    expect(layout.bars[0]).toMatchObject({ left: 0, width: 99.9 });
    expect(layout.years).toEqual([
      { year: 2027, left: 50 },
      { year: 2028, left: 100 },
    ]);
  });

  it('runs money without an end to the right edge', () => {
    expect(layout.bars[1]).toMatchObject({ left: 50, width: 50, to: null });
  });

  it('marks the last twelve months, the search start and the rounds', () => {
    expect(layout.lastYear).toEqual({ left: 49.9, width: 50 });
    expect(layout.searchStart).toBeCloseTo(58.1, 1);
    expect(layout.rounds).toEqual([{ date: '2027-06-15', number: 2, left: 72.6 }]);
  });

  it('keeps dates outside the range on the edge', () => {
    expect(timelineLayout({ ...timeline, today: '2030-01-01' }).today).toBe(100);
  });
});

describe('the funding timeline as text', () => {
  it('says everything the picture shows, in date order', () => {
    expect(timelineFacts(timeline)).toEqual([
      { date: '2026-01-01', text: 'Gemeente: van 1 januari 2026 tot en met 31 december 2027.' },
      { date: '2026-12-31', text: 'Vanaf hier is er minder dan 12 maanden tijdelijk geld over.' },
      { date: '2027-01-01', text: 'Vandaag.' },
      { date: '2027-01-01', text: 'Bron 2 zonder naam: structureel geld vanaf 1 januari 2027, zonder einddatum.' },
      { date: '2027-03-01', text: 'Start zoeken naar structurele financiering.' },
      { date: '2027-06-15', text: 'Evaluatieronde 2.' },
      { date: '2027-12-31', text: 'Gemeente: het geld van deze bron houdt op.' },
    ]);
  });
});
