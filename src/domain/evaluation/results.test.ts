import { describe, expect, it } from 'vitest';
import { baselineResults, evaluationResults, studentResults, type ResponseInput, type RoundInput } from './results';
import type { RoundSnapshot } from './rounds';
import { emptyTally } from './student-survey';

const PAPER = 'paper:0b6f2d9e-4c1a-4f7e-9a55-2f0d8c1e7b31';

const snapshot = (): RoundSnapshot => {
  const students = emptyTally();
  students.respondents = 20;
  students.questions.visible = { ja: 12, nee: 6, weet_niet: 1 };
  students.questions.gotHelp = { ja: 3, nee: 17, weet_niet: 0 };
  students.needs.vaker = 9;
  students.needs.iets_anders = 2;
  return {
    partners: [
      { id: 'A', kind: 'gemeente', name: 'Gemeente Westerhaven' },
      { id: 'B', kind: 'school', name: 'Het Zeekompas' },
      { id: 'C', kind: 'jongerenwerk', name: 'Jongerenwerk' },
    ],
    factors: [
      { id: 'f1', label: 'Zichtbaar in de school', cluster: 'jongerenwerk' },
      { id: 'f2', label: 'Vast overleg', cluster: 'werkrelatie' },
    ],
    baseline: { f1: { mean: 2, n: 3 }, f2: { mean: null, n: 0 } },
    vision: 'Samen sterk',
    goals: [{ id: 'g1', goal: 'Leerlingen kennen de jongerenwerkers', indicator: '60% vindt hen zichtbaar' }],
    actions: [
      { id: 'a1', what: 'Convenant', status: 'gereed', deadline: '2027-01-01' },
      { id: 'a2', what: 'Ruimte inrichten', status: 'bezig', deadline: '2027-03-01' },
      { id: 'a3', what: 'Training', status: 'gepland', deadline: '2027-09-01' },
    ],
    invitees: 5,
    students,
  };
};

const round: RoundInput = {
  id: 'r1',
  kind: 'evaluatie',
  number: 1,
  plannedOn: '2027-06-15',
  focus: 'proces',
  closedAt: '2027-06-20T10:00:00.000Z',
};

const responses = (): ResponseInput[] => [
  {
    respondentKey: 'invite:c1',
    partnerId: 'C',
    person: 'Youssef',
    answers: {
      presence: { f1: 5 },
      experiences: { leerlingen: { rating: 5 } },
      reach: { studentsPerWeek: 100 },
      agreements: { roles: 'ja' },
      behindVision: 'ja',
      goals: { g1: { behind: 'ja' } },
    },
  },
  {
    respondentKey: 'owner',
    partnerId: 'A',
    person: null,
    answers: {
      name: 'Fatima',
      presence: { f1: 4, f2: 'weet_niet' },
      experiences: { leerlingen: { rating: 4, notes: 'Leerlingen weten ons te vinden' } },
      reach: { studentsPerWeek: 80 },
      agreements: { roles: 'ja' },
      signals: { works: 'ja' },
      behindVision: 'ja',
      goals: { g1: { measured: '55% vindt hen zichtbaar', behind: 'ja' } },
      tops: 'Korte lijnen',
      knelpunten: [
        { id: 'k1', knelpunt: 'Geen vaste ruimte', oplossing: 'Lokaal 12 op dinsdag' },
        { id: 'k2', knelpunt: '', oplossing: '' },
      ],
      newActions: [{ id: 'n1', what: 'Spreekuur in de aula', leadPartnerId: 'C', deadline: '2027-09-01' }],
      actions: { a2: { status: 'bezig', wentWell: 'Start gemaakt' } },
    },
  },
  {
    respondentKey: 'invite:b1',
    partnerId: 'B',
    person: 'Marieke',
    answers: {
      presence: { f1: 2 },
      experiences: { leerlingen: { rating: 2 } },
      // Text a draft kept where a number belongs: not counted.
      reach: { studentsPerWeek: '90' },
      agreements: { roles: 'deels' },
      behindVision: 'deels',
      goals: { g1: { behind: 'nee' } },
      tips: 'Vaker overleg',
      actions: { a2: { status: 'gereed', couldBeBetter: 'Sneller sleutels' } },
    },
  },
  {
    respondentKey: PAPER,
    partnerId: 'B',
    person: 'Twee leerlingen van de raad',
    answers: { presence: { f1: 3 }, tops: 'Sporttoernooi' },
  },
  // A link that opened the form but answered nothing does not count.
  { respondentKey: 'invite:c2', partnerId: 'C', person: 'Sanne', answers: { name: 'Sanne', tops: ' ' } },
];

describe('results of an evaluation round', () => {
  const results = evaluationResults(round, snapshot(), responses());
  const numeric = (id: string) => results.numeric.find((q) => q.id === id)!;
  const choice = (id: string) => results.choices.find((q) => q.id === id)!;

  it('counts who answered: links of the invitees, paper forms, per partner', () => {
    expect(results.response).toEqual({
      invitees: 5,
      responded: 3,
      paper: 1,
      byPartner: [
        { partnerId: 'A', n: 1 },
        { partnerId: 'B', n: 2 },
        { partnerId: 'C', n: 1 },
      ],
    });
  });

  it('gives per question the mean, spread and count, per partner side by side, against the baseline', () => {
    const f1 = numeric('presence:f1');
    expect(f1.all.n).toBe(4);
    expect(f1.all.mean).toBe(3.5);
    expect([f1.all.min, f1.all.max]).toEqual([2, 5]);
    expect(f1.all.sd).toBeCloseTo(Math.sqrt(1.25), 10);
    expect(f1.byPartner).toEqual([
      { partnerId: 'A', n: 1, mean: 4 },
      { partnerId: 'B', n: 2, mean: 2.5 },
      { partnerId: 'C', n: 1, mean: 5 },
    ]);
    expect(f1.difference).toBe(true);
    expect(f1.baseline).toEqual({ mean: 2, n: 3 });
    expect(f1.change).toBe(1.5);
    expect(f1.title).toBe('Aanwezig: Zichtbaar in de school');
    // 'weet niet' is no score.
    expect(numeric('presence:f2').all).toEqual({ n: 0, mean: null, min: null, max: null, sd: null });
    expect(numeric('presence:f2').change).toBeNull();
  });

  it('marks differences of 2 or more between partners on scores, never on counts', () => {
    const experience = numeric('experience:leerlingen');
    expect(experience.all.mean).toBeCloseTo(11 / 3, 10);
    expect(experience.difference).toBe(true);
    const reach = numeric('reach:studentsPerWeek');
    expect(reach.all).toMatchObject({ n: 2, mean: 90, min: 80, max: 100, sd: 10 });
    expect(reach.difference).toBe(false);
  });

  it('counts ja / deels / nee for agreements, signals, vision and every goal', () => {
    expect(choice('agreements:roles')).toMatchObject({ n: 3, counts: { ja: 2, deels: 1, nee: 0 }, percentJa: 67, allJa: false });
    expect(choice('signals')).toMatchObject({ n: 1, counts: { ja: 1, deels: 0, nee: 0 }, percentJa: 100, allJa: true });
    expect(choice('vision').counts).toEqual({ ja: 2, deels: 1, nee: 0 });
    const goal = choice('goal:g1');
    expect(goal.counts).toEqual({ ja: 2, deels: 0, nee: 1 });
    expect(goal.byPartner).toEqual([
      { partnerId: 'A', n: 1, counts: { ja: 1, deels: 0, nee: 0 } },
      { partnerId: 'B', n: 1, counts: { ja: 0, deels: 0, nee: 1 } },
      { partnerId: 'C', n: 1, counts: { ja: 1, deels: 0, nee: 0 } },
    ]);
    expect(results.goals).toEqual([
      {
        id: 'g1',
        goal: 'Leerlingen kennen de jongerenwerkers',
        indicator: '60% vindt hen zichtbaar',
        measured: [
          {
            partnerId: 'A',
            partnerName: 'Gemeente Westerhaven',
            person: 'Fatima',
            paper: false,
            text: '55% vindt hen zichtbaar',
          },
        ],
        behindQuestionId: 'goal:g1',
      },
    ]);
  });

  it('groups the free texts with who said them, partner by partner, paper forms marked', () => {
    expect(results.texts.tops).toEqual([
      { partnerId: 'A', partnerName: 'Gemeente Westerhaven', person: 'Fatima', paper: false, text: 'Korte lijnen' },
      { partnerId: 'B', partnerName: 'Het Zeekompas', person: 'Twee leerlingen van de raad', paper: true, text: 'Sporttoernooi' },
    ]);
    expect(results.texts.tips.map((t) => [t.person, t.text])).toEqual([['Marieke', 'Vaker overleg']]);
    expect(results.texts.experienceNotes.leerlingen.map((t) => t.text)).toEqual(['Leerlingen weten ons te vinden']);
    expect(results.knelpunten).toEqual([
      {
        partnerId: 'A',
        partnerName: 'Gemeente Westerhaven',
        person: 'Fatima',
        paper: false,
        knelpunt: 'Geen vaste ruimte',
        oplossing: 'Lokaal 12 op dinsdag',
      },
    ]);
    expect(results.newActions.map((a) => [a.what, a.leadPartnerId, a.deadline])).toEqual([
      ['Spreekuur in de aula', 'C', '2027-09-01'],
    ]);
  });

  it('shows action progress from the snapshot: done, overdue against the round date, and what people reported', () => {
    expect(results.actions).toMatchObject({ total: 3, done: 1, percentDone: 33, overdue: 1 });
    const a2 = results.actions.rows.find((a) => a.id === 'a2')!;
    expect(a2.overdue).toBe(true);
    expect(a2.reported).toEqual({ gepland: 0, bezig: 1, gereed: 1, uitgesteld: 0 });
    expect(a2.wentWell.map((t) => t.text)).toEqual(['Start gemaakt']);
    expect(a2.couldBeBetter.map((t) => t.person)).toEqual(['Marieke']);
    expect(results.actions.rows.find((a) => a.id === 'a1')!.overdue).toBe(false);
    expect(results.actions.rows.find((a) => a.id === 'a3')!.overdue).toBe(false);
  });

  it('gives the students only as counts and percentages', () => {
    const students = results.students!;
    expect(students.respondents).toBe(20);
    expect(students.questions.find((q) => q.id === 'visible')).toMatchObject({
      ja: 12,
      nee: 6,
      weetNiet: 1,
      unanswered: 1,
      percentJa: 60,
      percentNee: 30,
      percentWeetNiet: 5,
    });
    expect(students.questions.find((q) => q.id === 'gotHelp')!.percentJa).toBe(15);
    expect(students.needs.find((n) => n.value === 'vaker')).toMatchObject({ count: 9, percent: 45 });
    expect(students.needs.find((n) => n.value === 'iets_anders')).toMatchObject({ label: 'Iets anders', count: 2, percent: 10 });
    expect(studentResults(null)).toBeNull();
    expect(studentResults(emptyTally())!.questions[0]!.percentJa).toBeNull();
  });

  it('never breaks on stored drafts of any shape', () => {
    const odd: ResponseInput[] = [
      {
        respondentKey: 'owner',
        partnerId: 'A',
        person: null,
        answers: { presence: 'x', knelpunten: 'x', goals: [1], experiences: { leerlingen: 3 } },
      },
      { respondentKey: 'invite:z', partnerId: 'gone', person: null, answers: { presence: { f1: 3 } } },
      { respondentKey: 'invite:y', partnerId: null, person: null, answers: null },
    ];
    const r = evaluationResults(round, snapshot(), odd);
    expect(r.response.responded).toBe(2);
    // A respondent whose partner is no longer in step 1 still counts overall, with no partner name.
    expect(r.numeric.find((q) => q.id === 'presence:f1')!.all.n).toBe(1);
    expect(r.knelpunten).toEqual([]);
  });
});

describe('results of a baseline round', () => {
  it('compares importance and presence per factor and marks partner differences like step 4', () => {
    const r = baselineResults({ ...round, kind: 'nulmeting' }, { ...snapshot(), students: null }, [
      { respondentKey: 'owner', partnerId: 'A', person: null, answers: { scores: { f1: { importance: 5, presence: 1 } } } },
      {
        respondentKey: 'invite:b',
        partnerId: 'B',
        person: 'Marieke',
        answers: { scores: { f1: { importance: 4, presence: 3 } } },
      },
      {
        respondentKey: PAPER,
        partnerId: 'B',
        person: 'Docent',
        answers: { scores: { f1: { importance: 4, presence: 'weet_niet' } } },
      },
    ]);
    const f1 = r.factors.find((f) => f.id === 'f1')!;
    expect(f1.importance).toMatchObject({ n: 3, min: 4, max: 5 });
    expect(f1.importance.mean).toBeCloseTo(13 / 3, 10);
    expect(f1.presence).toMatchObject({ n: 2, mean: 2 });
    expect(f1.byPartner.map((p) => [p.partnerId, p.importance.mean, p.presence.mean])).toEqual([
      ['A', 5, 1],
      ['B', 4, 3],
      ['C', null, null],
    ]);
    expect(f1.differences).toEqual(['presence']);
    expect(r.response).toMatchObject({ responded: 2, paper: 1 });
  });
});
