import { z } from '../../domain/zod-nl';
import { list, text, longText, type Mode } from '../../domain/fields';
import { partnerRef } from '../../domain/partner-rows';
import { FACTOR_CLUSTERS } from '../../domain/catalogue/factors';

/** A score on the 1–5 scale, 'weet_niet' ("don't know"), or null while not answered yet. */
export const SCORE_VALUES = [1, 2, 3, 4, 5] as const;
export const DONT_KNOW = 'weet_niet' as const;
export type Score = 1 | 2 | 3 | 4 | 5 | typeof DONT_KNOW | null;

export const scoreMessages = {
  scale: 'Kies een score van 1 tot en met 5, of "weet niet".',
  unknownFactor: 'Deze factor bestaat niet (meer) in dit dossier.',
};

export const score = () =>
  z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(DONT_KNOW)], {
    error: scoreMessages.scale,
  }).nullable().optional();

export const factorScore = () =>
  z.object({
    importance: score(),
    presence: score(),
    comment: z.string().max(1000, 'Gebruik hoogstens 1000 tekens.').optional(),
  });
export type FactorScore = z.infer<ReturnType<typeof factorScore>>;

const FACTOR_ID = /^[a-z0-9-]{1,64}$/;

/**
 * The working-factors assessment: several respondents (a partner and a name or function) each score
 * every factor for importance and presence. Partners may add factors of their own.
 * Unknown factor ids are refused where the schema can see the dossier's factors (see `knownFactorIds`).
 */
export const factorAssessment = (mode: Mode) =>
  z.object({
    customFactors: list(
      mode,
      {
        cluster: z.enum(FACTOR_CLUSTERS).or(z.literal('')).optional(),
        label: text(mode),
        explanation: longText(mode, { optional: true }),
      },
      { max: 25 },
    ),
    respondents: list(
      mode,
      {
        partnerId: partnerRef(mode),
        name: text(mode),
        scores: z.record(z.string().regex(FACTOR_ID, scoreMessages.unknownFactor), factorScore()).optional(),
      },
      { max: 30 },
    ),
  });
export type FactorAssessment = z.infer<ReturnType<typeof factorAssessment>>;
