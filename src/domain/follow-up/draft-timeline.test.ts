import { describe, expect, it } from 'vitest';
import { draftFundingTimeline } from './draft-timeline';

describe('the funding timeline of steps 3 and 11 before signing', () => {
  const financiering = {
    sources: [
      { id: 'a', name: 'Gemeente', from: '2026-01-01', to: '2027-12-31', structural: false },
      { id: 'b', name: 'Fonds', from: '2027-01-01', to: '', structural: true },
    ],
    structuralSearchStart: '2027-03-01',
  };

  it('plans the rounds from step 10’s schedule, from today on', () => {
    const t = draftFundingTimeline(
      { financiering, evaluatie: { frequency: 'per_half_jaar', firstDate: '2026-06-15' } },
      '2026-12-07',
    );
    expect(t.rounds.map((r) => r.date)).toEqual(['2026-12-15', '2027-06-15', '2027-12-15', '2028-06-15']);
    expect(t.rounds.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(t.temporaryEnd).toBe('2027-12-31');
    expect(t.monthsLeft).toBe(12);
    expect(t.hasStructural).toBe(true);
  });

  it('takes step 11’s own search start over step 3’s', () => {
    const t = draftFundingTimeline({ financiering, 'structurele-financiering': { searchStart: '2027-01-15' } }, '2026-12-07');
    expect(t.searchStart).toBe('2027-01-15');
    expect(t.rounds).toEqual([]);
  });

  it('shows no rounds for a schedule that is not filled in yet', () => {
    expect(
      draftFundingTimeline({ financiering, evaluatie: { frequency: '', firstDate: '2027-01-01' } }, '2026-12-07').rounds,
    ).toEqual([]);
  });
});
