import { describe, expect, it } from 'vitest';
import { followUp, startingPoint, TOP_PRIORITIES, type PrefillLabels } from './prefill';

const labels: PrefillLabels = {
  occasion: (v) => `occasion:${v}`,
  collaborationType: (v) => `type:${v}`,
  level: (v) => `level:${v}`,
  meetingFrequency: (v) => `meeting:${v}`,
  evaluationFrequency: (v) => `evaluation:${v}`,
};
const partners = [
  { id: 's', kind: 'school' as const, name: 'Het Zeekompas' },
  { id: 'j', kind: 'jongerenwerk' as const, name: 'Welzijn Westerhaven' },
];

describe('part A: starting point', () => {
  it('is empty, not broken, when nothing has been filled in', () => {
    expect(startingPoint({}, [], labels)).toEqual({
      occasions: [],
      occasionExplanation: '',
      collaborationType: '',
      goals: [],
      targetGroup: { schoolYears: '', levels: [], notes: '' },
      contacts: [],
      priorities: [],
    });
  });

  it('reads occasions, type, goals, target group and contacts from steps 1, 2 and 4', () => {
    const steps = {
      initiatief: {
        occasions: ['welzijn', 'anders'],
        occasionOther: 'Overlast bij het station',
        occasionExplanation: ' Meer stress onder jongeren. ',
        collaborationType: 'in_school',
      },
      visie: {
        goals: [
          { id: 'g1', goal: 'Leerlingen kennen de jongerenwerkers', indicator: '60% in de peiling' },
          { id: 'g2', goal: '', indicator: 'los' },
        ],
        schoolYears: 'Leerjaar 1 en 2',
        levels: ['vmbo', 'mbo2'],
        targetGroupNotes: '',
      },
      aanspreekpunten: {
        contacts: [
          {
            id: 'c1',
            partnerId: 's',
            contactName: 'Marieke Bos',
            contactJobTitle: 'Zorgcoördinator',
            contactEmail: 'm.bos@zeekompas.example',
            contactPhone: '0123 45 67 89',
          },
          { id: 'c2', partnerId: 'weg', contactName: 'Iemand', contactJobTitle: '' },
          { id: 'c3', partnerId: 'j', contactName: '' },
        ],
      },
    };
    const a = startingPoint(steps, partners, labels);
    expect(a.occasions).toEqual(['occasion:welzijn', 'Overlast bij het station']);
    expect(a.occasionExplanation).toBe('Meer stress onder jongeren.');
    expect(a.collaborationType).toBe('type:in_school');
    expect(a.goals).toEqual([{ goal: 'Leerlingen kennen de jongerenwerkers', indicator: '60% in de peiling' }]);
    expect(a.targetGroup).toEqual({ schoolYears: 'Leerjaar 1 en 2', levels: ['level:vmbo', 'level:mbo2'], notes: '' });
    expect(a.contacts).toEqual([
      {
        partner: 'Het Zeekompas (school)',
        name: 'Marieke Bos',
        jobTitle: 'Zorgcoördinator',
        email: 'm.bos@zeekompas.example',
        phone: '0123 45 67 89',
      },
      { partner: '', name: 'Iemand', jobTitle: '', email: '', phone: '' },
    ]);
  });

  it('ignores values of the wrong shape', () => {
    const steps = {
      initiatief: { occasions: 'welzijn', collaborationType: 3 },
      visie: { goals: [null, 'x', { goal: 7 }], levels: [1] },
      aanspreekpunten: { contacts: {} },
    };
    const a = startingPoint(steps as never, partners, labels);
    expect([a.occasions, a.collaborationType, a.goals, a.targetGroup.levels, a.contacts]).toEqual([[], '', [], [], []]);
  });

  it('lists the joint priorities of the factor assessment, largest gap first, at most the top ones', () => {
    const scores = (importance: number, presence: number) => ({ importance, presence });
    const visie = {
      factors: {
        customFactors: [{ id: 'eigen-ouders', label: 'Ouders betrekken' }],
        respondents: [
          {
            id: 'r1',
            partnerId: 's',
            name: 'Zorgcoördinator',
            scores: {
              zichtbaar: scores(5, 1),
              capaciteit: scores(4, 3),
              'eigen-ouders': scores(5, 2),
              'vast-overleg': scores(3, 3),
            },
          },
          {
            id: 'r2',
            partnerId: 'j',
            name: 'Jongerenwerker',
            scores: {
              zichtbaar: scores(5, 2),
              capaciteit: scores(4, 1),
              'eigen-ouders': scores(4, 2),
              'vast-overleg': scores(2, 3),
            },
          },
        ],
      },
    };
    const a = startingPoint({ visie, initiatief: { collaborationType: 'in_school' } }, partners, labels);
    expect(a.priorities).toEqual([
      { factorId: 'zichtbaar', label: 'Aanwezig, zichtbaar en benaderbaar in de school' },
      { factorId: 'eigen-ouders', label: 'Ouders betrekken' },
      { factorId: 'capaciteit', label: 'Voldoende capaciteit in uren' },
    ]);

    const everything = Object.fromEntries(
      [
        'vast-team',
        'capaciteit',
        'zichtbaar',
        'geworteld-in-wijk',
        'contact-jongerenwerk',
        'contact-school',
        'bekend-bij-school',
      ].map((id) => [id, scores(5, 1)]),
    );
    const many = startingPoint(
      { visie: { factors: { respondents: [{ id: 'r', partnerId: 's', name: 'x', scores: everything }] } } },
      partners,
      labels,
    );
    expect(many.priorities).toHaveLength(TOP_PRIORITIES);
  });
});

describe('part C: follow-up', () => {
  it('is empty when steps 6 and 10 are empty', () => {
    expect(followUp({}, labels)).toEqual({
      meetingFrequency: '',
      signals: { schoolReceiver: '', youthWorkReceiver: '', channel: '', anonymousFirst: null },
      evaluation: { firstDate: '', frequency: '', checkpoints: [] },
    });
  });

  it('reads the signal meeting and agreements from step 6 and the evaluation dates from step 10', () => {
    const c = followUp(
      {
        signalen: {
          meetingFrequency: 'tweewekelijks',
          schoolReceiver: 'Zorgcoördinator',
          youthWorkReceiver: 'Schooljongerenwerker',
          channel: 'Mondeling',
          anonymousFirst: true,
        },
        evaluatie: {
          frequency: 'per_half_jaar',
          firstDate: '2027-06-15',
          checkpoints: [
            { id: 'b', date: '2027-12-10' },
            { id: 'a', date: '2027-06-15' },
            { id: 'c', date: '' },
          ],
        },
      },
      labels,
    );
    expect(c).toEqual({
      meetingFrequency: 'meeting:tweewekelijks',
      signals: {
        schoolReceiver: 'Zorgcoördinator',
        youthWorkReceiver: 'Schooljongerenwerker',
        channel: 'Mondeling',
        anonymousFirst: true,
      },
      evaluation: { firstDate: '2027-06-15', frequency: 'evaluation:per_half_jaar', checkpoints: ['2027-06-15', '2027-12-10'] },
    });
  });

  it('uses the own text for an "other" meeting frequency, and drops invalid dates', () => {
    const c = followUp(
      {
        signalen: { meetingFrequency: 'anders', meetingFrequencyOther: 'Na elke vakantie' },
        evaluatie: { firstDate: '15-06-2027' },
      },
      labels,
    );
    expect(c.meetingFrequency).toBe('Na elke vakantie');
    expect(c.evaluation.firstDate).toBe('');
  });
});
