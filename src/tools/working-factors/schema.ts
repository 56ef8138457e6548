import { z } from '#src/domain/zod-nl';
import { list, text, longText, type Mode } from '#src/domain/fields';
import { partnerRef } from '#src/domain/partner-rows';
import { FACTOR_CLUSTERS, FACTORS } from '#src/domain/catalogue/factors';
import { knownFactorIds } from './compute';
import { workingFactorsCopy } from './copy';
import { factorScore, RESPONDENT_ENTRIES } from '#src/domain/evaluation/atoms';

export { DONT_KNOW, factorScore, score, SCORE_VALUES, type FactorScore, type Score } from '#src/domain/evaluation/atoms';

const FACTOR_ID = /^[a-z0-9-]{1,64}$/;
const CATALOGUE_IDS = FACTORS.map((f) => f.id);

/**
 * The working-factors assessment: several respondents (a partner and a name or function) each score
 * every factor for importance and presence. Partners may add factors of their own.
 * A complete step refuses scores for factor ids that are neither in the catalogue nor among the
 * partners' own factors; a draft keeps them, so autosave never loses what was typed.
 */
export const factorAssessment = (mode: Mode) =>
  z
    .object({
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
          // Set when a baseline round wrote the row: scored through the person's own link, or typed from paper.
          entry: z.enum(RESPONDENT_ENTRIES).optional(),
          enteredBy: z.string().max(200).optional(),
          roundId: z.string().max(64).optional(),
          scores: z
            .record(z.string().regex(FACTOR_ID), factorScore(), {
              error: (issue) => (issue.code === 'invalid_key' ? workingFactorsCopy.errors.unknownFactor : undefined),
            })
            .optional(),
        },
        { max: 30 },
      ),
    })
    .superRefine(
      (data, ctx) => {
        if (mode === 'draft') return;
        const custom = Array.isArray(data.customFactors) ? data.customFactors : [];
        const known = knownFactorIds(
          CATALOGUE_IDS,
          custom.filter((c) => c && typeof c === 'object'),
        );
        (Array.isArray(data.respondents) ? data.respondents : []).forEach((r, i) => {
          const scores = r && typeof r.scores === 'object' && r.scores !== null ? r.scores : {};
          const unknown = Object.keys(scores).filter((id) => !known.has(id));
          if (unknown.length > 0)
            ctx.addIssue({
              code: 'custom',
              path: ['respondents', i, 'scores'],
              message: workingFactorsCopy.errors.unknownFactors(unknown),
            });
        });
      },
      // Also when other fields have issues, so this message shows together with theirs.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
export type FactorAssessment = z.infer<ReturnType<typeof factorAssessment>>;
