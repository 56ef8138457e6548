import { describe, expect, it } from 'vitest';
import { actionPlanView, amendmentActionPlan, type ProposedInput } from './action-plan';

const rows = [
  { id: 'a1', what: 'Convenant', status: 'gereed', deadline: '2027-01-10' },
  { id: 'a2', what: 'Ruimtes', status: 'bezig', deadline: '2027-02-01' },
  { id: 'a3', what: 'Training', status: '', deadline: '2027-09-01' },
  { what: 'Rij zonder id' },
];

const proposal = (id: string, over: Partial<ProposedInput> = {}): ProposedInput => ({
  id,
  action: { what: `Voorstel ${id}`, deadline: '2027-02-15' },
  sinceVersion: 1,
  roundId: null,
  sourceKey: null,
  revision: 1,
  createdAt: '2027-01-01T10:00:00.000Z',
  createdBy: 'Gemeente (eigenaar)',
  carriedAt: null,
  carriedFrom: null,
  ...over,
});

const progress = (status: 'gepland' | 'bezig' | 'gereed' | 'uitgesteld') => ({
  status,
  note: '',
  doneOn: status === 'gereed' ? '2027-01-20' : null,
  revision: 1,
  updatedAt: '2027-01-20T10:00:00.000Z',
  updatedBy: 'x',
});

describe('the action plan after signing', () => {
  it('shows each action with the status its progress reached, overdue when not done past its deadline', () => {
    const view = actionPlanView({
      planRows: rows,
      version: 1,
      proposed: [proposal('p1'), proposal('a2', { action: { what: 'al in het plan' } })],
      progress: new Map([['a2', progress('gereed')]]),
      history: new Map([
        [
          'a2',
          [
            {
              at: '2027-01-20T10:00:00.000Z',
              actor: 'x',
              partnerName: 'Het Zeekompas',
              person: null,
              fromStatus: 'bezig',
              toStatus: 'gereed',
              note: '',
              doneOn: '2027-01-20',
              roundId: 'r1',
            },
          ],
        ],
      ]),
      roundNumbers: new Map([['r1', 1]]),
      today: '2027-03-01',
    });
    expect(view.actions.map((a) => [a.id, a.source, a.status, a.overdue])).toEqual([
      ['a1', 'plan', 'gereed', false],
      ['a2', 'plan', 'gereed', false],
      ['a3', 'plan', 'gepland', false],
      ['p1', 'voorstel', 'gepland', true],
    ]);
    expect(view.actions[1]!.history).toEqual([expect.objectContaining({ from: 'bezig', to: 'gereed', roundNumber: 1 })]);
    expect(view.summary).toEqual({ total: 4, done: 2, overdue: 1, percentDone: 50 });
  });

  it('starts an amendment from the signed rows with their progress and the proposals not carried before, within the maximum', () => {
    const input = {
      signedRows: rows,
      version: 1,
      proposed: [
        proposal('p1'),
        proposal('p2', { carriedAt: '2027-02-01T00:00:00.000Z', carriedFrom: 1 }),
        proposal('p3'),
        proposal('a1'),
      ],
      progress: new Map([
        ['a3', { status: 'uitgesteld' as const }],
        ['p3', { status: 'bezig' as const }],
      ]),
    };
    const { rows: out, carried } = amendmentActionPlan({ ...input, max: 10 });
    expect(out.map((r) => [r.id, r.status])).toEqual([
      ['a1', 'gereed'],
      ['a2', 'bezig'],
      ['a3', 'uitgesteld'],
      ['p1', 'gepland'],
      ['p3', 'bezig'],
    ]);
    expect(carried).toEqual(['p1', 'p3']);
    expect(amendmentActionPlan({ ...input, max: 4 }).carried).toEqual(['p1']);
  });

  it('drops a proposal that an amendment was signed without, and keeps one still in an amendment being made', () => {
    const view = (version: number) =>
      actionPlanView({
        planRows: rows,
        version,
        proposed: [proposal('p1', { carriedAt: '2027-02-01T00:00:00.000Z', carriedFrom: 1 })],
        progress: new Map(),
        history: new Map(),
        roundNumbers: new Map(),
        today: '2027-03-01',
      }).actions.map((a) => a.id);
    expect(view(1)).toContain('p1');
    expect(view(2)).not.toContain('p1');
  });
});
