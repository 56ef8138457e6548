/**
 * "Actieplan volgen": the action plan after signing, where the team records each action's progress and
 * proposes new actions without an amendment. Professionals read "u".
 */

import { roundsNl } from './rounds';

const number = new Intl.NumberFormat('nl-NL');
const n = (value: number) => number.format(value);

// Dates and moments are worded as the rounds word them: one way across the app.
const { day, moment } = roundsNl;

const acties = (count: number) => (count === 1 ? '1 actie' : `${n(count)} acties`);

export const actionsPageNl = {
  /** A button's accessible name: its visible text first, then which action it is about. */
  about: roundsNl.about,
  day,
  title: 'Actieplan volgen',
  intro:
    'Hier houdt u bij hoe het met elke actie uit de getekende overeenkomst staat. Dat kan zonder wijziging van de overeenkomst: de getekende tekst blijft zoals hij is. Zet u een actie op gereed, dan staat vandaag al als datum ingevuld.',
  loading: 'Het actieplan wordt geladen…',
  loadFailed: 'Het actieplan kon niet worden geladen.',
  busy: 'Bezig met opslaan…',
  notYet:
    'Voortgang bijhouden kan zodra elke partner de overeenkomst heeft getekend. Tot die tijd past u het actieplan aan in stap 5.',
  readOnly: 'U kijkt mee met een leeslink. U ziet de voortgang, maar alleen partners met een bewerklink kunnen hem bijhouden.',
  toStep5: 'Naar stap 5: het actieplan',
  summary: {
    title: 'Stand van zaken',
    deadlineWas: (deadline: string) => `uiterste datum ${day(deadline)}`,
    done: (done: number, total: number, percent: number | null) =>
      total === 0
        ? 'Er staan nog geen acties in het actieplan.'
        : `${n(done)} van ${n(total)} ${total === 1 ? 'actie' : 'acties'} gereed${percent === null ? '' : ` (${n(percent)}%)`}.`,
    overdue: (count: number) =>
      count === 0
        ? 'Geen enkele actie is over de uiterste datum.'
        : count === 1
          ? '1 actie is over de uiterste datum en nog niet gereed:'
          : `${acties(count)} zijn over de uiterste datum en nog niet gereed:`,
  },
  filters: {
    legend: 'Acties tonen',
    status: 'Status',
    all: 'Alle',
    overdueOnly: 'Alleen acties over de uiterste datum',
    shown: (shown: number, total: number) =>
      shown === total ? `Alle ${acties(total)} worden getoond.` : `${n(shown)} van de ${acties(total)} worden getoond.`,
    none: 'Geen enkele actie past bij deze keuze.',
  },
  plan: {
    title: (version: number | null) => (version === null ? 'Acties' : `Acties uit de getekende versie ${version}`),
    empty: 'Het getekende actieplan heeft geen acties.',
    parts: (version: number) => `Vertrekpunt (deel A) en overleg en evaluatie (deel C) van getekende versie ${version}`,
  },
  action: {
    untitled: 'Actie zonder omschrijving',
    who: 'Wie',
    deadline: 'Uiterste datum',
    noLead: 'Nog niet gekozen',
    noDeadline: 'Geen',
    overdue: (deadline: string) => `Over de uiterste datum: die was ${day(deadline)} en de actie is nog niet gereed.`,
    overdueBadge: 'Over de uiterste datum',
    lastChange: (at: string, by: string) => `Laatst bijgewerkt op ${moment(at)} door ${by}.`,
  },
  progress: {
    status: 'Status',
    note: 'Notitie',
    doneOn: 'Gereed op',
    /** Read after each field's label by screen readers: which action it is about. */
    about: (what: string) => `(${what})`,
    save: 'Voortgang opslaan',
    saved: (at: string) => `Opgeslagen op ${moment(at)}.`,
    unsaved: 'Nog niet opgeslagen.',
  },
  conflict: {
    title: 'Iemand anders heeft deze actie intussen bijgewerkt',
    intro: 'Kies welke versie blijft. Uw eigen invoer is nog niet weg.',
    theirs: (by: string, at: string) => `Versie van ${by} (${moment(at)})`,
    theirsEmpty: 'De voortgang is intussen gewist.',
    mine: 'Uw versie',
    keepMine: 'Mijn versie opslaan',
    takeTheirs: 'Hun versie overnemen',
  },
  history: {
    summary: (count: number) =>
      count === 1 ? 'Verloop van de status (1 wijziging)' : `Verloop van de status (${n(count)} wijzigingen)`,
    empty: 'De status is nog niet gewijzigd.',
    change: (from: string | null, to: string) =>
      from ? `Van ${from} naar ${to}` : `${to} (eerste wijziging na de ondertekening)`,
    when: (at: string, who: string) => `${moment(at)}, door ${who}`,
    round: (round: number) => `Tijdens evaluatieronde ${round}.`,
    doneOn: (date: string) => `Gereed op ${day(date)}.`,
    note: (note: string) => `Notitie: ${note}`,
  },
  proposals: {
    title: 'Nieuwe acties',
    intro:
      'Acties die de partners na de ondertekening bedenken, zet u hier. Ze staan nog niet in de getekende overeenkomst. Bij de volgende wijziging van de overeenkomst komen ze vanzelf in het concept van stap 5.',
    empty: 'Er zijn nog geen nieuwe acties voorgesteld.',
    since: (version: number) => `Nieuw sinds versie ${version}`,
    fromRound: (round: number) => `Voorgesteld uit evaluatieronde ${round}.`,
    proposedBy: (at: string, by: string) => `Voorgesteld op ${moment(at)} door ${by}.`,
    carried: 'Deze actie staat al in het concept van de wijziging. Pas haar daar aan, in stap 5.',
    edit: 'Bewerken',
    stopEditing: 'Niet bewerken',
    remove: 'Verwijderen',
    removeTitle: 'Voorgestelde actie verwijderen?',
    removeBody: (what: string) =>
      `De actie "${what}" verdwijnt uit de lijst met nieuwe acties, ook voor de andere partners. Dit kunt u niet ongedaan maken.`,
    removeConfirm: 'Ja, verwijderen',
    removed: (what: string) => `De voorgestelde actie "${what}" is verwijderd.`,
    added: (what: string) => `De actie "${what}" is voorgesteld.`,
    updated: (what: string) => `De actie "${what}" is bijgewerkt.`,
    addTitle: 'Een actie voorstellen',
    addHint: 'Beschrijf wat u wilt gaan doen. De rest kunt u later aanvullen.',
    add: 'Actie voorstellen',
    saveEdit: 'Wijzigingen opslaan',
    stale:
      'Iemand anders heeft deze voorgestelde actie intussen gewijzigd. De nieuwe versie staat nu hieronder; pas die zo nodig opnieuw aan.',
    fields: {
      what: 'Wat gaat u doen?',
      whatHint: 'De actie en het resultaat dat u ermee wilt bereiken.',
      how: 'Hoe pakt u het aan?',
      leadPartnerId: 'Welke organisatie heeft de leiding?',
      leadPerson: 'Wie is de trekker?',
      leadPersonHint: 'Naam of functie.',
      deadline: 'Uiterste datum',
    },
  },
  /** The pointer on step 5's page once the text is signed. */
  pointer: {
    title: 'De voortgang houdt u bij in "Actieplan volgen"',
    body: 'Het getekende actieplan hieronder verandert alleen met een wijziging van de overeenkomst. Of een actie gepland, bezig of gereed is, en nieuwe acties, houdt u bij zonder wijziging.',
    bodyAmending:
      'U werkt aan een wijziging: het actieplan hieronder wordt de nieuwe versie. Tot die getekend is, houdt u de voortgang van de getekende versie bij in "Actieplan volgen".',
    link: 'Naar Actieplan volgen',
  },
};
