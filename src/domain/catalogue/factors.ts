import { sourced, suggestion, type Provenance } from './provenance';

/** The working factors partners score in step 4 (baseline) and re-score at each evaluation (step 10). */
export const FACTOR_CLUSTERS = ['jongerenwerk', 'onderwijs', 'visie', 'werkrelatie', 'randvoorwaarden', 'leren'] as const;
export type FactorCluster = (typeof FACTOR_CLUSTERS)[number];

export const FACTOR_CLUSTER_LABELS: Record<FactorCluster, string> = {
  jongerenwerk: 'Het jongerenwerk',
  onderwijs: 'De school',
  visie: 'Gedeelde visie',
  werkrelatie: 'De werkrelatie',
  randvoorwaarden: 'Randvoorwaarden',
  leren: 'Samen leren',
};

export interface Factor {
  id: string;
  cluster: FactorCluster;
  label: string;
  explanation: string;
  provenance: Provenance;
  /** Only relevant for this collaboration type (step 1); otherwise for every partnership. */
  onlyFor?: 'in_school' | 'wijkgericht';
}

export const FACTORS: readonly Factor[] = [
  {
    id: 'vast-team',
    cluster: 'jongerenwerk',
    label: 'Een vast, gespecialiseerd team jongerenwerkers',
    explanation: 'Dezelfde gezichten, bij voorkeur actief in de wijken waar de leerlingen wonen.',
    provenance: sourced('werkzame-factoren'),
  },
  {
    id: 'capaciteit',
    cluster: 'jongerenwerk',
    label: 'Voldoende capaciteit in uren',
    explanation: 'Genoeg uren om er echt te zijn, ook buiten de piekmomenten.',
    provenance: sourced('youth-spot-2019'),
  },
  {
    id: 'zichtbaar',
    cluster: 'jongerenwerk',
    label: 'Aanwezig, zichtbaar en benaderbaar in de school',
    explanation: 'Leerlingen en personeel komen de jongerenwerkers vanzelf tegen en durven ze aan te spreken.',
    provenance: sourced('werkzame-factoren'),
  },
  {
    id: 'geworteld-in-wijk',
    cluster: 'jongerenwerk',
    label: 'Geworteld in de wijk: een brug tussen school, buurt en thuis',
    explanation: 'Het jongerenwerk kent de leefwereld buiten school en verbindt die met wat er op school gebeurt.',
    provenance: sourced('werkzame-factoren', 'youth-spot-2019'),
  },
  {
    id: 'contact-jongerenwerk',
    cluster: 'jongerenwerk',
    label: 'Eén vast aanspreekpunt bij de jongerenwerkorganisatie',
    explanation: 'De school weet precies wie ze kan bellen.',
    provenance: sourced('werkzame-factoren'),
  },
  {
    id: 'contact-school',
    cluster: 'onderwijs',
    label: 'Eén vast aanspreekpunt op school',
    explanation: 'Het jongerenwerk weet bij wie het terecht kan, ook bij incidenten.',
    provenance: sourced('werkzame-factoren', 'youth-spot-2019'),
  },
  {
    id: 'bekend-bij-school',
    cluster: 'onderwijs',
    label: 'Personeel en leerlingen weten wat jongerenwerkers doen',
    explanation: 'Iedereen weet waarvoor je bij het jongerenwerk terecht kunt en waarvoor niet.',
    provenance: sourced('werkzame-factoren', 'youth-spot-2019'),
  },
  {
    id: 'eigen-ruimte',
    cluster: 'onderwijs',
    label: 'Een eigen, centrale ruimte voor het jongerenwerk',
    explanation: 'Een vaste, herkenbare plek in het gebouw waar leerlingen vrijuit kunnen praten.',
    provenance: sourced('werkzame-factoren', 'youth-spot-2019'),
    onlyFor: 'in_school',
  },
  {
    id: 'pedagogische-visie',
    cluster: 'visie',
    label: 'Een gedeelde pedagogische visie',
    explanation: 'Samen werken aan een positief klimaat en de veerkracht van de hele groep.',
    provenance: sourced('werkzame-factoren'),
  },
  {
    id: 'gedeelde-werkwijze',
    cluster: 'visie',
    label: 'Een gedeelde manier van werken',
    explanation: 'Gevoelige onderwerpen open bespreken, begeleiden en grenzen stellen op dezelfde manier.',
    provenance: sourced('werkzame-factoren'),
  },
  {
    id: 'belang-jongere',
    cluster: 'visie',
    label: 'Het belang van de jongere staat voorop',
    explanation: 'Bij twijfel beslist wat het beste is voor de jongere, niet voor de organisatie.',
    provenance: sourced('werkzame-factoren'),
  },
  {
    id: 'gelijkwaardig',
    cluster: 'werkrelatie',
    label: 'Een gelijkwaardige werkrelatie',
    explanation: 'Docenten, mentoren, zorgmedewerkers en jongerenwerkers nemen elkaar serieus als vakmensen.',
    provenance: sourced('werkzame-factoren'),
  },
  {
    id: 'rolverdeling',
    cluster: 'werkrelatie',
    label: 'Heldere verdeling van rollen, taken en verwachtingen',
    explanation: 'Iedereen blijft binnen de eigen deskundigheid en weet wat hij van de ander mag verwachten.',
    provenance: suggestion('Stap 5 van het stappenplan'),
  },
  {
    id: 'signalen-delen',
    cluster: 'werkrelatie',
    label: 'Afspraken over het delen van signalen, met oog voor privacy',
    explanation: 'Kleine signalen komen op tijd bij elkaar, zonder de privacy van jongeren te schenden.',
    provenance: suggestion('Stap 6 van het stappenplan'),
  },
  {
    id: 'vast-overleg',
    cluster: 'werkrelatie',
    label: 'Regelmatig, gestructureerd overleg met korte lijnen',
    explanation: 'Vaste overlegmomenten, en tussendoor snel even schakelen.',
    provenance: suggestion('Praktijkportretten: structurele overleggen'),
  },
  {
    id: 'onafhankelijk',
    cluster: 'werkrelatie',
    label: 'Een onafhankelijke, vrijwillige positie van het jongerenwerk',
    explanation: 'Jongerenwerkers zijn geen schoolpersoneel; leerlingen komen vrijwillig.',
    provenance: suggestion('Stap 7 van het stappenplan'),
  },
  {
    id: 'continuiteit',
    cluster: 'randvoorwaarden',
    label: 'Continuïteit van samenwerking en activiteiten',
    explanation: 'De samenwerking loopt door, ook als mensen wisselen of het schooljaar omslaat.',
    provenance: sourced('youth-spot-2019'),
  },
  {
    id: 'draagvlak-leiding',
    cluster: 'randvoorwaarden',
    label: 'Steun van de leiding van alle partners',
    explanation: 'Directie en management staan erachter en maken tijd en ruimte vrij.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    id: 'structurele-financiering',
    cluster: 'randvoorwaarden',
    label: 'Structurele financiering',
    explanation: 'Geld dat langer meegaat dan een pilot.',
    provenance: suggestion('Stap 3 en 11 van het stappenplan'),
  },
  {
    id: 'kennis-delen',
    cluster: 'leren',
    label: 'Kennis delen in beide richtingen',
    explanation: 'School en jongerenwerk leren van elkaars kennis en ervaring.',
    provenance: suggestion('Stap 9 van het stappenplan'),
  },
  {
    id: 'samen-evalueren',
    cluster: 'leren',
    label: 'Samen evalueren en bijsturen',
    explanation: 'Op vaste momenten kijken wat werkt en wat beter kan.',
    provenance: suggestion('Stap 10 van het stappenplan'),
  },
];

export const factorById = (id: string) => FACTORS.find((f) => f.id === id);

/** The catalogue factors that apply to a partnership of this collaboration type. */
export const factorsFor = (collaborationType: string | undefined) =>
  FACTORS.filter((f) => !f.onlyFor || f.onlyFor === collaborationType);
