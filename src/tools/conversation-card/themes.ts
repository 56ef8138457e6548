import { suggestion, type Provenance } from '#src/domain/catalogue/provenance';

/**
 * The themes of the conversation card (step 4): a guided conversation without scores. The stappenplan
 * names the card but not its text, so every theme is our own reconstruction and marked as a suggestion
 * (see ../shared/domain/stappenplan.md, "Gesprekskaart").
 */
export interface ConversationTheme {
  id: string;
  title: string;
  /** How the theme is named inside a sentence: "Afspraak 1 over <short>". */
  short: string;
  prompts: readonly string[];
  provenance: Provenance;
}

const basis = suggestion('Stappenplan, stap 4: gesprekskaart');

export const THEMES = [
  {
    id: 'kennismaken',
    title: 'Kennismaken',
    short: 'kennismaken',
    prompts: [
      'Wie zijn we, wat is onze rol en wat doen we op een gewone werkdag?',
      'Wat drijft ons in het werken met jongeren?',
      'Wat weten we al van elkaars organisatie, en wat nog niet?',
    ],
    provenance: basis,
  },
  {
    id: 'beeld-jongeren',
    title: 'Ons beeld van de jongeren',
    short: 'ons beeld van de jongeren',
    prompts: [
      'Wat zien we van de jongeren op school, in de wijk en online?',
      'Waar maken we ons zorgen over?',
      'Welke krachten en talenten zien we bij hen?',
    ],
    provenance: basis,
  },
  {
    id: 'visie',
    title: 'Visie',
    short: 'de visie',
    prompts: [
      'Wat verstaan we onder een positief pedagogisch klimaat?',
      'Hoe maken we jongeren samen weerbaarder?',
      'Hoe gaan we om met gevoelige onderwerpen in de klas en daarbuiten?',
    ],
    provenance: basis,
  },
  {
    id: 'rollen',
    title: 'Rollen en verwachtingen',
    short: 'rollen en verwachtingen',
    prompts: [
      'Wat kan de ander voor ons betekenen, en wat juist niet?',
      'Wat verwachten we van elkaar, en wat beloven we zelf?',
      'Hoe bewaken we de vrijwillige, onafhankelijke positie van het jongerenwerk?',
    ],
    provenance: basis,
  },
  {
    id: 'signalen',
    title: 'Signalen',
    short: 'signalen',
    prompts: [
      'Welke signalen willen we met elkaar delen, en welke niet?',
      'Hoe doen we dat zonder de privacy en het vertrouwen van jongeren te schaden?',
    ],
    provenance: basis,
  },
  {
    id: 'praktisch',
    title: 'Praktische zaken',
    short: 'praktische zaken',
    prompts: [
      'Wanneer is het jongerenwerk aanwezig, en waar in het gebouw?',
      'Hoe past dat in het rooster en de jaarplanning?',
      'Wanneer en hoe vaak overleggen we?',
    ],
    provenance: basis,
  },
  {
    id: 'eerste-actie',
    title: 'Eerste gezamenlijke actie',
    short: 'de eerste gezamenlijke actie',
    prompts: ['Wat gaan we als eerste samen doen?', 'Wie neemt het voortouw, en wanneer is het klaar?'],
    provenance: basis,
  },
] as const satisfies readonly ConversationTheme[];

export type ThemeId = (typeof THEMES)[number]['id'];
export const THEME_IDS = THEMES.map((t) => t.id) as ThemeId[];
