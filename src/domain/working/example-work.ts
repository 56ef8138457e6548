/**
 * The working data of the example partnership after signing (see example-rounds.ts for its two
 * evaluation rounds): who signs for each partner, which links answer the rounds, how the actions went
 * (most done by the second round, the weekly break activity still running past its end date), one
 * action put into the plan from the second round, and a knowledge activity held. Dates as the story
 * tells them (early 2028); example-timeline.ts moves them to today. Pure data; ids match the example.
 */
import type { ActionStatus } from '#src/domain/evaluation/atoms';
import type { KnowledgeActivityKind } from '#src/domain/knowledge-activity-kinds';

const P = { gemeente: 'p-gemeente', zeekompas: 'p-school-1', kustlanden: 'p-school-2', jongerenwerk: 'p-jongerenwerk' } as const;

/** Per partner, the authorised signatory (invented names): each gets a signing link and signs version 1. */
export const EXAMPLE_SIGNERS: readonly { partnerId: string; name: string; function: string }[] = [
  { partnerId: P.gemeente, name: 'Esther Vermeulen', function: 'Wethouder jeugd en onderwijs' },
  { partnerId: P.zeekompas, name: 'Dirk Hoogendijk', function: 'Voorzitter college van bestuur' },
  { partnerId: P.kustlanden, name: 'Ingrid Smit', function: 'Voorzitter college van bestuur' },
  { partnerId: P.jongerenwerk, name: 'Hasan Demir', function: 'Directeur-bestuurder' },
];

/**
 * The people who answer the rounds through their own editing link, by the respondent key the example
 * rounds use (`owner` is the dossier's own link, for the gemeente).
 */
export const EXAMPLE_RESPONDENTS: Readonly<Record<string, { partnerId: string; name: string }>> = {
  'invite:voorbeeld-zeekompas': { partnerId: P.zeekompas, name: 'Marieke Bos' },
  'invite:voorbeeld-kustlanden': { partnerId: P.kustlanden, name: 'Anouk van den Berg' },
  'invite:voorbeeld-jongerenwerk': { partnerId: P.jongerenwerk, name: 'Youssef Bakkali' },
};

export interface ExampleProgress {
  actionId: string;
  status: ActionStatus;
  doneOn?: string;
  note?: string;
  /** Who records it: a respondent key of EXAMPLE_RESPONDENTS, or `owner`. */
  by: string;
}

/** Progress recorded while each round was open (index 0: round 1), so each change belongs to its round. */
export const EXAMPLE_PROGRESS: readonly (readonly ExampleProgress[])[] = [
  [
    {
      actionId: 'actie-ruimtes',
      status: 'gereed',
      doneOn: '2027-01-08',
      note: 'Beide ruimtes in gebruik; de bordjes op de deur hebben leerlingen zelf ontworpen.',
      by: 'invite:voorbeeld-zeekompas',
    },
    { actionId: 'actie-toegang', status: 'gereed', doneOn: '2027-01-11', by: 'invite:voorbeeld-kustlanden' },
    { actionId: 'actie-kennismaking', status: 'gereed', doneOn: '2027-01-29', by: 'invite:voorbeeld-jongerenwerk' },
    { actionId: 'actie-signaleringsoverleg', status: 'gereed', doneOn: '2027-02-04', by: 'invite:voorbeeld-zeekompas' },
    {
      actionId: 'actie-structureel',
      status: 'gereed',
      doneOn: '2027-05-14',
      note: 'Het voorstel ligt bij het college.',
      by: 'owner',
    },
    { actionId: 'actie-peiling', status: 'gereed', doneOn: '2027-06-04', note: 'Peiling onder 70 studenten.', by: 'owner' },
    {
      actionId: 'actie-pauzes',
      status: 'bezig',
      note: 'In de aula elke week; op het stationsplein nog niet.',
      by: 'invite:voorbeeld-jongerenwerk',
    },
    { actionId: 'actie-verzuim', status: 'bezig', by: 'invite:voorbeeld-kustlanden' },
  ],
  [
    {
      actionId: 'actie-training',
      status: 'gereed',
      doneOn: '2027-10-05',
      note: 'Alle mentoren van leerjaar 1 waren er.',
      by: 'invite:voorbeeld-jongerenwerk',
    },
    { actionId: 'actie-verzuim', status: 'gereed', doneOn: '2027-11-30', by: 'invite:voorbeeld-kustlanden' },
  ],
];

/** "In het actieplan zetten" after the second round (index 1): its knelpunt with a solution becomes a proposal. */
export const EXAMPLE_ROUND_TO_PLAN = 1;

export const EXAMPLE_KNOWLEDGE: readonly {
  heldOn: string;
  kind: KnowledgeActivityKind;
  topic: string;
  partnerIds: string[];
  participants: number;
  notes: string;
  activityId: string;
  by: string;
}[] = [
  {
    heldOn: '2027-01-13',
    kind: 'presentatie',
    topic: 'Hoe de zorgstructuur van de school werkt: mentor, zorgcoördinator, zorgadviesteam en verzuimaanpak',
    partnerIds: [P.zeekompas, P.jongerenwerk],
    participants: 9,
    notes: 'Veel vragen over wanneer een jongerenwerker aansluit bij het zorgadviesteam; dat staat nu in de werkafspraken.',
    activityId: 'kd-zorgstructuur',
    by: 'invite:voorbeeld-zeekompas',
  },
];
