import { z } from '#src/domain/zod-nl';
import { date, list, longText, text, type Mode } from '#src/domain/fields';
import { partnerRef } from '#src/domain/partner-rows';
import {
  actionReview,
  count,
  experience,
  factorScore,
  hasAnswer,
  PERSPECTIVES,
  REACH_FIGURES,
  score,
  withoutEmptyEntries,
  worksAnswer,
  type Perspective,
  type ReachFigure,
} from './atoms';
import { evaluationNl } from '#src/i18n/nl/evaluation';

/**
 * What one person answers in a round, for themselves. Built like a step schema: `draft` is what
 * autosave accepts (types and lengths only: nothing typed is refused), `complete` what "klaar" checks.
 * Results read the stored answers defensively, so a half-filled draft never breaks them.
 */

const ID = z.string().min(1).max(64);
const FACTOR_ID = /^[a-z0-9-]{1,64}$/;

const byId = <T extends z.ZodType>(key: z.ZodString | z.ZodType<string>, value: T) =>
  z.preprocess(withoutEmptyEntries(hasAnswer), z.record(key as z.ZodType<string>, value)).optional();

/** Who answered, when the link does not name the person (the owner's link never does). */
const name = (mode: Mode) => text(mode, { optional: true });

/** An evaluation round: the interim evaluation list of step 10, per person, and the plan's own questions. */
export const evaluationAnswers = (mode: Mode) =>
  z
    .object({
      name: name(mode),
      /** Presence of each working factor now, per factor id (next to the step-4 baseline). */
      presence: byId(z.string().regex(FACTOR_ID), score()),
      /** Per action-plan row id: how it is going. */
      actions: byId(ID, actionReview(mode)),
      agreements: z
        .object({
          roles: worksAnswer(mode),
          meetings: worksAnswer(mode),
          contactPersons: worksAnswer(mode),
          notes: longText(mode, { optional: true }),
        })
        .optional(),
      experiences: z
        .object(
          Object.fromEntries(PERSPECTIVES.map((p) => [p, experience(mode)])) as Record<
            Perspective,
            ReturnType<typeof experience>
          >,
        )
        .optional(),
      signals: z.object({ works: worksAnswer(mode), notes: longText(mode, { optional: true }) }).optional(),
      externalFactors: longText(mode, { optional: true }),
      tops: longText(mode, { optional: true }),
      tips: longText(mode, { optional: true }),
      /** Bottlenecks, each with the solution this person proposes (step 10 asks for both). */
      knelpunten: list(
        mode,
        {
          knelpunt: z
            .string({ error: evaluationNl.rounds.knelpunt })
            .max(2000, 'Gebruik hoogstens 2.000 tekens.')
            .refine((v) => mode === 'draft' || v.trim().length > 0, evaluationNl.rounds.knelpunt),
          oplossing: text(mode, { optional: true, max: 2000 }),
        },
        { max: 30 },
      ),
      /** Ideas for new actions; a later step puts chosen ones into the action plan. */
      newActions: list(
        mode,
        {
          what: text(mode, { max: 500 }),
          leadPartnerId: partnerRef(mode, { optional: true }),
          deadline: date(mode, { optional: true }),
        },
        { max: 30 },
      ),
      reach: z
        .object(Object.fromEntries(REACH_FIGURES.map((f) => [f, count(mode)])) as Record<ReachFigure, ReturnType<typeof count>>)
        .optional(),
      /** Per goal id of step 4: its indicator as this person measured it, and whether they still stand behind it. */
      goals: byId(ID, z.object({ measured: text(mode, { optional: true, max: 2000 }), behind: worksAnswer(mode) })),
      /** Whether this person still stands behind the shared vision of step 4. */
      behindVision: worksAnswer(mode),
    })
    .strict();
export type EvaluationAnswers = z.infer<ReturnType<typeof evaluationAnswers>>;

/** A baseline round (nulmeting): one person's working-factor scores, as step 4's assessment holds them. */
export const baselineAnswers = (mode: Mode) =>
  z
    .object({
      name: name(mode),
      scores: byId(z.string().regex(FACTOR_ID), factorScore()),
    })
    .strict();
export type BaselineAnswers = z.infer<ReturnType<typeof baselineAnswers>>;

export const ANSWER_SCHEMAS = {
  evaluatie: { draft: evaluationAnswers('draft'), complete: evaluationAnswers('complete') },
  nulmeting: { draft: baselineAnswers('draft'), complete: baselineAnswers('complete') },
} as const;

/** Whether stored answers hold anything at all: a response counts once it does. */
export function hasAnyAnswer(answers: unknown): boolean {
  const stack: unknown[] = [answers];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number' || typeof v === 'boolean') return true;
    if (typeof v === 'string') {
      if (v.trim() !== '') return true;
    } else if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      // A row id or the respondent's name alone is no answer.
      for (const [k, child] of Object.entries(v)) if (k !== 'id' && k !== 'name') stack.push(child);
    }
  }
  return false;
}
