import { describe, expect, it } from 'vitest';
import { fundingTimeline } from './funding-timeline';
import { followUpSummary } from './summary';

const financiering = {
  sources: [
    { id: 's1', name: 'Subsidie gemeente', from: '2027-01-01', to: '2028-06-30', structural: false },
    { id: 's2', name: 'NPO', from: '2026-08-01', to: '2027-07-31', structural: false },
  ],
  structuralSearchStart: '2027-10-01',
};

describe('funding timeline', () => {
  it('puts each source, today, the search start, the last twelve months and the rounds on one line', () => {
    const t = fundingTimeline({
      financiering,
      rounds: [
        { kind: 'evaluatie', number: 2, plannedOn: '2027-12-01' },
        { kind: 'evaluatie', number: 1, plannedOn: '2027-06-01' },
        { kind: 'nulmeting', number: 1, plannedOn: '2027-02-01' },
      ],
      today: '2027-03-15',
    });
    expect(t.periods.map((p) => p.id)).toEqual(['s2', 's1']);
    expect(t.temporaryEnd).toBe('2028-06-30');
    expect(t.lastYearFrom).toBe('2027-06-30');
    expect(t.searchStart).toBe('2027-10-01');
    expect(t.rounds).toEqual([
      { date: '2027-06-01', number: 1 },
      { date: '2027-12-01', number: 2 },
    ]);
    expect(t.monthsLeft).toBe(15);
    expect(t.range).toEqual({ from: '2026-08-01', to: '2028-09-30' });
    expect(t.hasStructural).toBe(false);
  });

  it('says nothing is left once temporary money has ended, and knows structural money has no end', () => {
    const t = fundingTimeline({
      financiering: {
        sources: [...financiering.sources, { id: 's3', name: 'Begroting', from: '2028-07-01', to: '', structural: true }],
      },
      rounds: [],
      today: '2028-08-01',
    });
    expect(t.monthsLeft).toBe(0);
    expect(t.hasStructural).toBe(true);
    expect(t.periods.find((p) => p.id === 's3')!.to).toBeNull();
  });

  it('prefers step 11’s own search start', () => {
    expect(
      fundingTimeline({ financiering, structureleFinanciering: { searchStart: '2027-09-01' }, rounds: [], today: '2027-01-01' })
        .searchStart,
    ).toBe('2027-09-01');
  });
});

describe('follow-up summary', () => {
  it('gives the next planned round, the open round’s answers, overdue and done actions, and the money left', () => {
    const s = followUpSummary({
      rounds: [
        { id: 'r1', kind: 'evaluatie', number: 1, plannedOn: '2027-01-10', state: 'gesloten' },
        { id: 'r2', kind: 'evaluatie', number: 2, plannedOn: '2027-03-01', state: 'open', answered: 6, invited: 9 },
        { id: 'r4', kind: 'evaluatie', number: 4, plannedOn: '2027-12-01', state: 'gepland' },
        { id: 'r3', kind: 'evaluatie', number: 3, plannedOn: '2027-06-01', state: 'gepland' },
        { id: 'b1', kind: 'nulmeting', number: 1, plannedOn: '2027-04-01', state: 'gepland' },
      ],
      actions: [
        { id: 'a1', deadline: '2027-02-01', status: 'bezig' },
        { id: 'a2', deadline: '2027-02-01', status: 'gereed' },
        { id: 'a3', deadline: '2027-05-01', status: 'gepland' },
        { id: 'a4', status: 'uitgesteld', deadline: '2027-03-14' },
      ],
      financiering,
      today: '2027-03-15',
    });
    expect(s.nextRound).toEqual({ id: 'r3', number: 3, date: '2027-06-01' });
    expect(s.openRound).toEqual({ id: 'r2', number: 2, answered: 6, invited: 9 });
    expect(s.actions).toEqual({ total: 4, done: 1, overdue: 2 });
    expect(s.funding).toEqual({
      monthsLeft: 15,
      endsOn: '2028-06-30',
      hasStructural: false,
      searchStart: '2027-10-01',
      searchStarted: false,
    });
  });

  it('is empty but valid for a dossier without rounds, actions or money', () => {
    expect(followUpSummary({ rounds: [], actions: [], today: '2027-03-15' })).toEqual({
      actions: { total: 0, done: 0, overdue: 0 },
      funding: { hasStructural: false, searchStarted: false, monthsLeft: undefined, endsOn: undefined, searchStart: undefined },
    });
  });
});
