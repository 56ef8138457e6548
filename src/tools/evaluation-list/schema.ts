import { z } from '#src/domain/zod-nl';
import { amount, choice, date, list, longText, text, type Mode } from '#src/domain/fields';
import { partnerRef } from '#src/domain/partner-rows';
import { ACTION_STATUSES } from '#src/tools/action-plan/schema';
import { score } from '#src/tools/working-factors/schema';
import { evaluationCopy } from './copy';

/** Plan, process and effect evaluation, as the Toolkit Evidence Based Werken distinguishes them. */
export const CHECKPOINT_KINDS = ['plan', 'proces', 'effect'] as const;
/** Does an agreement work in practice? */
export const WORKS = ['ja', 'deels', 'nee'] as const;
export const AGREEMENT_TOPICS = ['roles', 'meetings', 'contactPersons'] as const;
export const PERSPECTIVES = ['leerlingen', 'docenten', 'zorg', 'jongerenwerkers', 'gemeente'] as const;
export const REACH_FIGURES = ['studentsPerWeek', 'studentsCoached', 'groups', 'contactMoments'] as const;
/** The short student survey (seed 000 asked these four): how many of the respondents said yes. */
export const STUDENT_QUESTIONS = ['visible', 'knowWhatFor', 'hadContact', 'gotHelp'] as const;
export type StudentQuestion = (typeof STUDENT_QUESTIONS)[number];
export type Perspective = (typeof PERSPECTIVES)[number];

const ID = z.string().min(1).max(64);
const FACTOR_ID = /^[a-z0-9-]{1,64}$/;
const count = (mode: Mode) => amount(mode, { integer: true, optional: true, max: 100_000 });

/** 1–5, or null while not answered. */
const rating = () =>
  z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], { error: evaluationCopy.errors.rating })
    .nullable()
    .optional();

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Entries the form creates for every factor and every action row although nobody filled them in are
 * dropped, so an empty entry and a missing one are the same data.
 */
const withoutEmptyEntries = (keep: (entry: unknown) => boolean) => (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([, entry]) => keep(entry)))
    : value;
const hasAnswer = (entry: unknown) =>
  !!entry && typeof entry === 'object'
    ? Object.values(entry).some((v) => !isEmpty(v) && !(typeof v === 'string' && v.trim() === ''))
    : !isEmpty(entry);

const actionReview = (mode: Mode) =>
  z.object({
    status: z.enum(ACTION_STATUSES).or(z.literal('')).optional(),
    wentWell: longText(mode, { optional: true }),
    couldBeBetter: longText(mode, { optional: true }),
  });

const worksAnswer = (mode: Mode) => choice(mode, WORKS, { optional: true });
const experience = (mode: Mode) => z.object({ rating: rating(), notes: longText(mode, { optional: true }) }).optional();

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
