import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { keyDates, type KeyDateInput } from './key-dates';
import { toIcs } from './ics';

const input = (over: Partial<KeyDateInput> = {}): KeyDateInput => ({
  dossier: { id: 'd1', title: 'Samen in Westerhaven' },
  rounds: [
    { id: 'r1', kind: 'evaluatie', number: 1, plannedOn: '2027-06-15', revision: 1 },
    { id: 'r2', kind: 'evaluatie', number: 2, plannedOn: '2027-12-15', revision: 3 },
    { id: 'r0', kind: 'nulmeting', number: 1, plannedOn: null, revision: 1 },
  ],
  steps: {
    financiering: {
      revision: 4,
      data: {
        sources: [
          { id: 's1', name: 'Subsidie gemeente', from: '2027-01-01', to: '2028-07-31', structural: false },
          { id: 's2', name: 'Budget school', from: '2027-01-01', to: '', structural: true },
        ],
        structuralSearchStart: '2027-09-01',
      },
    },
    taakverdeling: {
      revision: 7,
      data: {
        actionPlan: [
          { id: 'a1', what: 'Kennismaking in alle klassen', deadline: '2027-02-12' },
          { id: 'a2', what: 'Sporttoernooi', deadline: '' },
          { id: 'a3', what: 'Ouderavond, online veiligheid', deadline: '2027-03-20' },
        ],
      },
    },
    'structurele-financiering': {
      revision: 2,
      data: {
        routes: [
          { id: 'f1', description: 'Gezamenlijke aanvraag fonds', deadline: '2027-10-01', status: 'bezig' },
          { id: 'f2', description: 'Al toegekend', deadline: '2027-05-01', status: 'toegekend' },
        ],
      },
    },
  },
  ...over,
});

describe('key dates', () => {
  it('lists rounds, open action deadlines, funding ends, the search start and open route deadlines, by date', () => {
    const dates = keyDates(input());
    expect(dates.map((d) => [d.date, d.kind])).toEqual([
      ['2027-02-12', 'actie'],
      ['2027-03-20', 'actie'],
      ['2027-06-15', 'ronde'],
      ['2027-09-01', 'zoeken-start'],
      ['2027-10-01', 'route'],
      ['2027-12-15', 'ronde'],
      ['2028-07-31', 'financiering-eind'],
    ]);
    expect(dates.filter((d) => d.remindWeekBefore).map((d) => d.kind)).toEqual(['ronde', 'zoeken-start', 'ronde']);
  });

  it('leaves out what is done, and takes step 11’s own search start over step 3’s', () => {
    const data = input({ done: new Set(['a1']) });
    data.steps['structurele-financiering']!.data.searchStart = '2027-08-01';
    const dates = keyDates(data);
    expect(dates.some((d) => d.uid.startsWith('actie-a1.'))).toBe(false);
    expect(dates.find((d) => d.kind === 'zoeken-start')).toMatchObject({ date: '2027-08-01', sequence: 2 });
  });

  it('keeps each event’s uid when its date moves, with a higher sequence', () => {
    const before = keyDates(input()).find((d) => d.kind === 'ronde')!;
    const moved = input();
    moved.rounds = [{ ...moved.rounds[0]!, plannedOn: '2027-06-22', revision: 2 }];
    const after = keyDates(moved).find((d) => d.kind === 'ronde')!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.uid).toMatch(/^ronde-r1\.d1@samenwerkwijzer$/);
  });
});

describe('the iCalendar file', () => {
  const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));

  it('parses as a calendar of all-day events with uid, sequence, Dutch text and a reminder a week ahead', () => {
    const cal = parse(toIcs(keyDates(input()), { calName: 'Samenwerking: Westerhaven, Noord; test' }));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Samenwerking: Westerhaven, Noord; test');
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Amsterdam');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(7);
    const round = events.find((e) => e.uid === 'ronde-r2.d1@samenwerkwijzer')!;
    expect(round.summary).toBe('Evaluatieronde 2 – Samen in Westerhaven');
    expect(round.startDate.isDate).toBe(true);
    expect(round.startDate.toString()).toBe('2027-12-15');
    expect(round.endDate.toString()).toBe('2027-12-16');
    expect(round.sequence).toBe(3);
    const alarm = round.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P7D');
    const action = events.find((e) => e.uid.startsWith('actie-a3.'))!;
    expect(action.summary).toBe('Einddatum actie: Ouderavond, online veiligheid');
    expect(action.component.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('is a valid, empty calendar when there are no dates yet', () => {
    const cal = parse(toIcs([], { calName: 'Samenwerking: Nieuw' }));
    expect(cal.getAllSubcomponents('vevent')).toEqual([]);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  });
});
