import { z } from '#src/domain/zod-nl';
import { choice, date, list, longText, text, type Mode } from '#src/domain/fields';
import { partnerRef } from '#src/domain/partner-rows';
import {
  actionReview,
  CHECKPOINT_KINDS,
  count,
  experience,
  hasAnswer,
  score,
  STUDENT_QUESTIONS,
  withoutEmptyEntries,
  worksAnswer,
  type Perspective,
} from '#src/domain/evaluation/atoms';
import { evaluationCopy } from './copy';

export {
  AGREEMENT_TOPICS,
  CHECKPOINT_KINDS,
  PERSPECTIVES,
  REACH_FIGURES,
  STUDENT_QUESTIONS,
  WORKS,
  type Perspective,
  type StudentQuestion,
} from '#src/domain/evaluation/atoms';

const ID = z.string().min(1).max(64);
const FACTOR_ID = /^[a-z0-9-]{1,64}$/;

export const checkpointShape = (mode: Mode) => ({
  date: date(mode),
  participants: text(mode, { optional: true, max: 1000 }),
  kind: choice(mode, CHECKPOINT_KINDS),
  /** Presence of each factor now, per factor id, next to the baseline of step 4. */
  presence: z.preprocess(withoutEmptyEntries(hasAnswer), z.record(z.string().regex(FACTOR_ID), score())).optional(),
  /** Per action-plan row id: how it is going. */
  actions: z.preprocess(withoutEmptyEntries(hasAnswer), z.record(ID, actionReview(mode))).optional(),
  agreements: z
    .object({
      roles: worksAnswer(mode),
      meetings: worksAnswer(mode),
      contactPersons: worksAnswer(mode),
      notes: longText(mode, { optional: true }),
    })
    .optional(),
  reach: z
    .object({
      studentsPerWeek: count(mode),
      studentsCoached: count(mode),
      groups: count(mode),
      contactMoments: count(mode),
    })
    .optional(),
  experiences: z
    .object({
      leerlingen: experience(mode),
      docenten: experience(mode),
      zorg: experience(mode),
      jongerenwerkers: experience(mode),
      gemeente: experience(mode),
    } satisfies Record<Perspective, unknown>)
    .optional(),
  signals: z.object({ works: worksAnswer(mode), notes: longText(mode, { optional: true }) }).optional(),
  externalFactors: longText(mode, { optional: true }),
  tops: longText(mode, { optional: true }),
  tips: longText(mode, { optional: true }),
  students: z
    .object({
      respondents: count(mode),
      visible: count(mode),
      knowWhatFor: count(mode),
      hadContact: count(mode),
      gotHelp: count(mode),
    })
    .optional(),
  /** Actions agreed at this checkpoint; `actionRowId` is set once one is put in the action plan. */
  newActions: list(
    mode,
    {
      what: text(mode, { max: 500 }),
      leadPartnerId: partnerRef(mode, { optional: true }),
      deadline: date(mode, { optional: true }),
      actionRowId: z.string().max(64).optional(),
    },
    { max: 30 },
  ),
});

const checkpoint = (mode: Mode) =>
  z.object({ id: ID, ...checkpointShape(mode) }).superRefine((data, ctx) => {
    // Counts that cannot be true are refused on completion only: autosave keeps what was typed.
    if (mode === 'draft') return;
    const s = data.students;
    if (!s) return;
    const yes = STUDENT_QUESTIONS.filter((q) => typeof s[q] === 'number');
    if (yes.length > 0 && typeof s.respondents !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['students', 'respondents'], message: evaluationCopy.errors.noRespondents });
    }
    for (const q of yes) {
      if (typeof s.respondents === 'number' && (s[q] as number) > s.respondents) {
        ctx.addIssue({ code: 'custom', path: ['students', q], message: evaluationCopy.errors.moreThanRespondents });
      }
    }
  });

/** The interim evaluation checkpoints of step 10: optional, any number up to 20. */
export const checkpoints = (mode: Mode) => z.array(checkpoint(mode)).max(20, 'Hoogstens 20 evaluatiemomenten.').optional();

export type Checkpoint = z.infer<ReturnType<typeof checkpoint>>;
export type StudentCounts = NonNullable<Checkpoint['students']>;
