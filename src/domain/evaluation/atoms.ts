import { z } from '#src/domain/zod-nl';
import { amount, choice, longText, type Mode } from '#src/domain/fields';
import { evaluationNl } from '#src/i18n/nl/evaluation';

/**
 * The answer atoms of the interim evaluation list and the working-factors assessment, shared by the
 * tools (the joint checkpoint of step 10, the assessment of step 4) and the evaluation rounds where
 * each person answers for themselves. They live here, below the tools, so the domain can use them.
 */

/** An action's status in the action plan (part B) and in a review of it. */
export const ACTION_STATUSES = ['gepland', 'bezig', 'gereed', 'uitgesteld'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A score on the 1–5 scale, 'weet_niet' ("don't know"), or null while not answered yet. */
export const SCORE_VALUES = [1, 2, 3, 4, 5] as const;
export const DONT_KNOW = 'weet_niet' as const;
export type Score = 1 | 2 | 3 | 4 | 5 | typeof DONT_KNOW | null;

export const score = () =>
  // One literal set, not a union: a union's issue hides this message behind its first branch in the form.
  z
    .literal([...SCORE_VALUES, DONT_KNOW], { error: evaluationNl.atoms.scale })
    .nullable()
    .optional();

/** One person's (or one partner's) scores for one working factor. */
export const factorScore = () =>
  z.object({
    importance: score(),
    presence: score(),
    comment: z.string().max(1000, 'Gebruik hoogstens 1.000 tekens.').optional(),
  });
export type FactorScore = z.infer<ReturnType<typeof factorScore>>;

/** How a respondent's scores reached step 4 from a baseline round: through their own link, or from paper. */
export const RESPONDENT_ENTRIES = ['zelf', 'papier'] as const;
export type RespondentEntry = (typeof RESPONDENT_ENTRIES)[number];

/** Means of partners that lie this far apart (or more) are a topic for the joint conversation (step 4). */
export const PARTNER_DIFFERENCE = 2;

/** Plan, process and effect evaluation, as the Toolkit Evidence Based Werken distinguishes them. */
export const CHECKPOINT_KINDS = ['plan', 'proces', 'effect'] as const;
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number];
/** Does an agreement work in practice? */
export const WORKS = ['ja', 'deels', 'nee'] as const;
export type Works = (typeof WORKS)[number];
export const AGREEMENT_TOPICS = ['roles', 'meetings', 'contactPersons'] as const;
export type AgreementTopic = (typeof AGREEMENT_TOPICS)[number];
export const PERSPECTIVES = ['leerlingen', 'docenten', 'zorg', 'jongerenwerkers', 'gemeente'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export const REACH_FIGURES = ['studentsPerWeek', 'studentsCoached', 'groups', 'contactMoments'] as const;
export type ReachFigure = (typeof REACH_FIGURES)[number];
/** The short student survey (seed 000 asked these four). */
export const STUDENT_QUESTIONS = ['visible', 'knowWhatFor', 'hadContact', 'gotHelp'] as const;
export type StudentQuestion = (typeof STUDENT_QUESTIONS)[number];

/** A whole count such as students reached; a draft keeps what was typed. */
export const count = (mode: Mode) => amount(mode, { integer: true, optional: true, max: 100_000 });

/** 1–5, or null while not answered. */
export const rating = () =>
  z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], { error: evaluationNl.atoms.rating })
    .nullable()
    .optional();

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Entries the form creates for every factor and every action row although nobody filled them in are
 * dropped, so an empty entry and a missing one are the same data.
 */
export const withoutEmptyEntries = (keep: (entry: unknown) => boolean) => (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([, entry]) => keep(entry)))
    : value;
export const hasAnswer = (entry: unknown) =>
  !!entry && typeof entry === 'object'
    ? Object.values(entry).some((v) => !isEmpty(v) && !(typeof v === 'string' && v.trim() === ''))
    : !isEmpty(entry);

/** How one action of the plan is going: status, what went well, what can be better. */
export const actionReview = (mode: Mode) =>
  z.object({
    status: z.enum(ACTION_STATUSES).or(z.literal('')).optional(),
    wentWell: longText(mode, { optional: true }),
    couldBeBetter: longText(mode, { optional: true }),
  });

export const worksAnswer = (mode: Mode) => choice(mode, WORKS, { optional: true });
export const experience = (mode: Mode) => z.object({ rating: rating(), notes: longText(mode, { optional: true }) }).optional();
