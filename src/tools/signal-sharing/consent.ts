/**
 * Who gives consent to share information about a young person, by age. Dutch practice (AVG/UAVG and
 * the WGBO): under 12 the parents, 12 up to and including 15 the young person and the parents, from 16
 * the young person. Shown wherever the app asks about consent.
 */
export const AGE_BANDS = ['onder-12', '12-15', '16-plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const CONSENT_BY_AGE: readonly { band: AgeBand; age: string; who: string }[] = [
  { band: 'onder-12', age: 'Jonger dan 12 jaar', who: 'de ouders of voogd' },
  { band: '12-15', age: '12 tot en met 15 jaar', who: 'de jongere én de ouders of voogd, allebei' },
  { band: '16-plus', age: '16 jaar en ouder', who: 'de jongere zelf' },
];

export const consentGiverFor = (band: AgeBand) => CONSENT_BY_AGE.find((c) => c.band === band)!.who;

/** The rule in one sentence, for a field hint: "… jonger dan 12 jaar: de ouders of voogd; …". */
export const consentRuleSentence = (frame: (rows: string) => string) =>
  frame(CONSENT_BY_AGE.map((c) => `${c.age.charAt(0).toLowerCase()}${c.age.slice(1)}: ${c.who}`).join('; '));
