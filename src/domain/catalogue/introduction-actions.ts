import { valuesOf, type CatalogueItem } from './item';
import { sourced, suggestion } from './provenance';

/**
 * Ways youth work introduces itself in the school (step 8). The plan names class visits, posters, team
 * meetings, presentations to mentors and newsletter pieces; parents' evenings and social media are ours.
 */
export const INTRODUCTION_ACTIONS = [
  {
    value: 'klassenbezoek',
    label: 'Langs de klassen gaan',
    explanation: 'Zich kort voorstellen in elke klas, bijvoorbeeld tijdens de mentorles.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'poster',
    label: 'Posters of flyers in de school',
    explanation: 'Met foto’s, dagen en de plek waar de jongerenwerkers te vinden zijn.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'teamvergadering',
    label: 'Aanschuiven bij een teamvergadering',
    explanation: 'Docenten en ander personeel horen wat het jongerenwerk doet en hoe ze het bereiken.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'presentatie_mentoren',
    label: 'Presentatie voor mentoren',
    explanation: 'Mentoren zien signalen als eersten: zij moeten weten wanneer ze het jongerenwerk inschakelen.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'nieuwsbrief',
    label: 'Stukje in de nieuwsbrief',
    explanation: 'Zo bereikt het jongerenwerk ook ouders en collega’s die het niet tegenkomen.',
    provenance: sourced('stappenplan'),
  },
  {
    value: 'ouderavond',
    label: 'Aanwezig op een ouderavond',
    explanation: 'Ouders leren de jongerenwerkers kennen en weten waarvoor hun kind bij hen terechtkan.',
    provenance: suggestion('Eigen aanvulling; het stappenplan noemt ouders als doelgroep'),
  },
  {
    value: 'social_media',
    label: 'Sociale media',
    explanation: 'Berichten over waar en wanneer de jongerenwerkers er zijn, via kanalen die leerlingen gebruiken.',
    provenance: suggestion('Eigen aanvulling'),
  },
  {
    value: 'anders',
    label: 'Iets anders',
    explanation: 'Het stappenplan geeft voorbeelden; elke manier om bekend te worden telt.',
    provenance: sourced('stappenplan'),
  },
] as const satisfies readonly CatalogueItem[];

export const INTRODUCTION_ACTION_VALUES = valuesOf(INTRODUCTION_ACTIONS);
export type IntroductionAction = (typeof INTRODUCTION_ACTION_VALUES)[number];
