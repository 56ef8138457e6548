import { describe, expect, it } from 'vitest';
import type { ActionPlanView, PlanAction, ProgressChange } from '#src/domain/working/api';
import {
  actionDeadline,
  actionLead,
  actionTitle,
  doneOnFor,
  fieldKey,
  groupActions,
  hiddenBy,
  historyLines,
  planWithAction,
  planWithout,
  progressBodyOf,
  progressValues,
  sameProgress,
  SHOW_ALL,
  type ActionsFilter,
} from './action-view';

const partners = [
  { id: 'p-school', kind: 'school' as const, name: 'Het Zeekompas' },
  { id: 'p-gemeente', kind: 'gemeente' as const, name: 'Gemeente Westerhaven' },
];

function action(id: string, fields: Partial<PlanAction> = {}, row: Record<string, unknown> = {}): PlanAction {
  return {
    id,
    source: 'plan',
    action: { id, what: `Actie ${id}`, ...row },
    status: 'gepland',
    overdue: false,
    progress: null,
    history: [],
    proposal: null,
    ...fields,
  };
}

const plan = (actions: PlanAction[]): ActionPlanView => ({
  version: 1,
  today: '2027-03-01',
  actions,
  summary: { total: 0, done: 0, overdue: 0, percentDone: null },
});

describe('which actions are shown', () => {
  const list = [
    action('a', { status: 'gereed' }),
    action('b', { status: 'bezig', overdue: true }),
    action('c', { status: 'gepland', source: 'voorstel' }),
    action('d', { status: 'gepland', overdue: true, source: 'voorstel' }),
  ];

  it('shows every action, the signed plan apart from the proposals, without a filter', () => {
    const g = groupActions(list, hiddenBy(list, SHOW_ALL));
    expect(g.plan.map((a) => a.id)).toEqual(['a', 'b']);
    expect(g.proposed.map((a) => a.id)).toEqual(['c', 'd']);
    expect(g.shown).toBe(4);
  });

  it('filters by status and by overdue, in both groups', () => {
    const shownBy = (filter: ActionsFilter) => groupActions(list, hiddenBy(list, filter));
    expect(shownBy({ status: 'gepland', overdueOnly: false }).shown).toBe(2);
    const overdue = shownBy({ status: '', overdueOnly: true });
    expect([...overdue.plan, ...overdue.proposed].map((a) => a.id)).toEqual(['b', 'd']);
    expect(shownBy({ status: 'gereed', overdueOnly: true }).shown).toBe(0);
  });

  it('keeps showing an action that changed after the filter was chosen, and shows a new one', () => {
    const hidden = hiddenBy(list, { status: 'bezig', overdueOnly: false });
    const later = [...list.map((a) => (a.id === 'b' ? { ...a, status: 'gereed' as const } : a)), action('e')];
    expect(groupActions(later, hidden).plan.map((a) => a.id)).toEqual(['b', 'e']);
  });
});

describe('how an action is named', () => {
  it('names the trekker with the lead organisation, or whichever is known', () => {
    const both = action('a', {}, { leadPartnerId: 'p-school', leadPerson: 'Marieke Bos' });
    expect(actionLead(both, partners)).toBe('Marieke Bos (Het Zeekompas)');
    expect(actionLead(action('b', {}, { leadPartnerId: 'p-gemeente' }), partners)).toBe('Gemeente Westerhaven');
    expect(actionLead(action('c', {}, { leadPartnerId: 'weg', leadPerson: ' ' }), partners)).toBe('Nog niet gekozen');
  });

  it('gives an action without words a name, and reads only a real date as its deadline', () => {
    expect(actionTitle(action('a', {}, { what: '  ' }))).toBe('Actie zonder omschrijving');
    expect(actionDeadline(action('a', {}, { deadline: '2027-05-01' }))).toBe('2027-05-01');
    expect(actionDeadline(action('a', {}, { deadline: 'volgende week' }))).toBeNull();
  });

  it('makes field names without dots, different per action', () => {
    expect(fieldKey('actie.ruimtes')).toBe('a_actie_ruimtes');
    expect(fieldKey('5b215f8c-4918')).toBe('a_5b215f8c-4918');
  });
});

describe('the status history in words', () => {
  const change: ProgressChange = {
    at: '2027-01-08T13:05:00.000Z',
    by: 'Marieke Bos, Het Zeekompas (link 0Gu-CZlez529)',
    partnerName: 'Het Zeekompas',
    person: 'Marieke Bos',
    from: 'bezig',
    to: 'gereed',
    note: 'Beide ruimtes in gebruik.',
    doneOn: '2027-01-08',
    roundId: 'r1',
    roundNumber: 1,
  };

  it('says from what to what, when, by whom, in which round, the day done and the note', () => {
    expect(historyLines(change)).toEqual([
      'Van Bezig naar Gereed',
      '8 januari 2027 om 14:05, door Marieke Bos (Het Zeekompas)',
      'Tijdens evaluatieronde 1.',
      'Gereed op 8 januari 2027.',
      'Notitie: Beide ruimtes in gebruik.',
    ]);
  });

  it('names the first change after signing, and never shows a link id', () => {
    const first = historyLines({ ...change, from: null, to: 'bezig', person: null, note: '', roundNumber: null, doneOn: null });
    expect(first[0]).toBe('Bezig (eerste wijziging na de ondertekening)');
    expect(first[1]).toBe('8 januari 2027 om 14:05, door Marieke Bos, Het Zeekompas');
    expect(first).toHaveLength(2);
  });
});

describe('the progress form', () => {
  it('starts from the stored progress, or from the plan’s own status', () => {
    expect(progressValues(action('a', { status: 'gereed' }))).toEqual({ status: 'gereed', note: '', doneOn: '' });
    const stored = action('b', {
      status: 'gereed',
      progress: {
        status: 'gereed',
        note: 'Klaar',
        doneOn: '2027-02-01',
        revision: 3,
        updatedAt: '2027-02-01T10:00:00Z',
        updatedBy: 'x',
      },
    });
    expect(progressValues(stored)).toEqual({ status: 'gereed', note: 'Klaar', doneOn: '2027-02-01' });
  });

  it('fills in today when set to gereed, and keeps a day typed', () => {
    expect(doneOnFor('gereed', '', '2027-03-01')).toBe('2027-03-01');
    expect(doneOnFor('gereed', '2027-02-27', '2027-03-01')).toBe('2027-02-27');
    expect(doneOnFor('bezig', '', '2027-03-01')).toBe('');
  });

  it('compares progress as it is stored: the day done only counts with gereed', () => {
    expect(sameProgress({ status: 'bezig', note: 'a', doneOn: '' }, { status: 'bezig', note: 'a', doneOn: '2027-01-01' })).toBe(
      true,
    );
    expect(sameProgress({ status: 'gereed', note: 'a', doneOn: '' }, { status: 'gereed', note: 'a', doneOn: '2027-01-01' })).toBe(
      false,
    );
    expect(sameProgress({ status: 'bezig', note: 'a', doneOn: '' }, { status: 'bezig', note: 'b', doneOn: '' })).toBe(false);
  });

  it('sends a day done only with gereed, with the revision the form was based on', () => {
    expect(progressBodyOf({ status: 'gereed', note: 'n', doneOn: '2027-02-27' }, 2)).toEqual({
      status: 'gereed',
      note: 'n',
      doneOn: '2027-02-27',
      revision: 2,
    });
    expect(progressBodyOf({ status: 'bezig', note: '', doneOn: '2027-02-27' }, 0).doneOn).toBeNull();
  });
});

describe('the counts on top after a change here', () => {
  it('recounts done and overdue when an action is saved, added or removed', () => {
    const before = plan([action('a', { status: 'gereed' }), action('b', { overdue: true })]);
    const saved = planWithAction(before, action('b', { status: 'gereed' }));
    expect(saved.summary).toEqual({ total: 2, done: 2, overdue: 0, percentDone: 100 });
    const added = planWithAction(saved, action('c', { source: 'voorstel' }));
    expect(added.actions.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(added.summary).toEqual({ total: 3, done: 2, overdue: 0, percentDone: 67 });
    expect(planWithout(added, 'c').summary.total).toBe(2);
    expect(planWithout(plan([]), 'x').summary.percentDone).toBeNull();
  });
});
