import { describe, expect, it } from 'vitest';
import type { ActionPlanView } from '#src/domain/working/api';
import { followUpOf, numberedRounds } from './follow-up';

const round = (id: string, plannedOn: string, state: 'gepland' | 'open' | 'gesloten', number: number | null) => ({
  id,
  kind: 'evaluatie' as const,
  number,
  plannedOn,
  state,
  revision: 1,
  progress: { responded: state === 'open' ? 3 : 0, invitees: 6, paper: 1 },
});

describe('"Samenwerking volgen"', () => {
  it('numbers planned rounds after the ones held, in date order, per kind', () => {
    const out = numberedRounds([
      round('c', '2027-12-15', 'gepland', null),
      round('a', '2027-06-15', 'gesloten', 1),
      round('b', '2027-09-01', 'gepland', null),
      { ...round('n', '2027-01-10', 'gepland', null), kind: 'nulmeting' as const },
    ]);
    expect(out.map((r) => [r.id, r.number])).toEqual([
      ['c', 3],
      ['a', 1],
      ['b', 2],
      ['n', 1],
    ]);
  });

  it('sums up rounds and actions with their progress, and lists the key dates without done actions', () => {
    const plan: ActionPlanView = {
      version: 1,
      today: '2027-03-01',
      summary: { total: 2, done: 1, overdue: 1, percentDone: 50 },
      actions: [
        {
          id: 'a1',
          source: 'plan',
          action: { id: 'a1', what: 'Klaar', deadline: '2027-02-01' },
          status: 'gereed',
          overdue: false,
          progress: null,
          history: [],
          proposal: null,
        },
        {
          id: 'p1',
          source: 'voorstel',
          action: { id: 'p1', what: 'Nieuw', deadline: '2027-02-10' },
          status: 'bezig',
          overdue: true,
          progress: null,
          history: [],
          proposal: {
            sinceVersion: 1,
            roundId: null,
            roundNumber: null,
            sourceKey: null,
            carriedAt: null,
            revision: 4,
            createdAt: '',
            createdBy: '',
          },
        },
      ],
    };
    const out = followUpOf({
      dossier: { id: 'd1', title: 'Westerhaven' },
      version: 1,
      steps: {
        taakverdeling: { revision: 3, data: { actionPlan: [{ id: 'a1', what: 'Klaar', deadline: '2027-02-01' }] } },
        financiering: {
          revision: 2,
          data: {
            sources: [{ id: 's1', name: 'Subsidie', from: '2027-01-01', to: '2028-07-31' }],
            structuralSearchStart: '2027-03-01',
          },
        },
      },
      rounds: [round('r1', '2027-02-15', 'open', 1), round('r2', '2027-06-15', 'gepland', null)],
      plan,
      today: '2027-03-01',
    });
    expect(out.summary).toMatchObject({
      nextRound: { id: 'r2', number: 2, date: '2027-06-15' },
      openRound: { id: 'r1', number: 1, answered: 3, invited: 6 },
      actions: { total: 2, done: 1, overdue: 1 },
      funding: { monthsLeft: 17, endsOn: '2028-07-31', searchStarted: true },
    });
    expect(out.timeline.rounds).toEqual([
      { date: '2027-02-15', number: 1 },
      { date: '2027-06-15', number: 2 },
    ]);
    const uids = out.keyDates.map((k) => k.uid);
    expect(uids).not.toContain('actie-a1.d1@samenwerkwijzer');
    expect(out.keyDates.find((k) => k.uid === 'actie-p1.d1@samenwerkwijzer')).toMatchObject({ date: '2027-02-10', sequence: 4 });
  });
});
