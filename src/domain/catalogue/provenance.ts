/**
 * Where an item of a catalogue comes from. `sourced` items are stated in the plan or public research;
 * `suggestion` items are our own reconstruction and the UI says so, so they can be replaced when the
 * original tool text is available. See ../shared/domain/stappenplan.md.
 */
export type Provenance = { status: 'sourced'; sources: readonly SourceId[] } | { status: 'suggestion'; basis: string };

export const SOURCES = {
  stappenplan: {
    title: 'Stappenplan voor een effectieve samenwerking tussen jongerenwerk en onderwijs (Platform JEP, 2021)',
    url: 'https://platformjep.nl',
  },
  'werkzame-factoren': {
    title: 'Werkzame factoren voor de samenwerking tussen onderwijs en jongerenwerk (Expertise-unit Sociale Stabiliteit)',
    url: 'https://www.socialestabiliteit.nl/praktijkverhalen/werkzame-factoren-voor-de-samenwerking-tussen-onderwijs-en-jongerenwerk',
  },
  'youth-spot-2019': {
    title: 'Sarti, Manders & Metz (2019), Voortgezet onderwijs en jongerenwerk, lectoraat Youth Spot (HvA)',
    url: 'https://www.hva.nl/kmr/gedeelde-content/publicaties/publicaties-algemeen/youth-spot/2019/voortgezet-onderwijs-en-jongerenwerk.html',
  },
  'informatie-delen': {
    title: 'Werkwijze informatie delen bij mogelijke radicalisering (Expertise-unit Sociale Stabiliteit)',
    url: 'https://www.socialestabiliteit.nl/werkwijze-informatie-delen-bij-mogelijke-radicalisering',
  },
} as const;
export type SourceId = keyof typeof SOURCES;

export const sourced = (...sources: SourceId[]): Provenance => ({ status: 'sourced', sources });
export const suggestion = (basis: string): Provenance => ({ status: 'suggestion', basis });
