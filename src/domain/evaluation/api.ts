import { z } from '#src/domain/zod-nl';
import { LIMITS } from '#src/domain/fields';
import { ACTION_STATUSES, CHECKPOINT_KINDS, PERSPECTIVES, STUDENT_QUESTIONS, WORKS } from './atoms';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { validationNl } from '#src/i18n/nl/validation';
import { ROUND_KINDS, ROUND_ORIGINS, ROUND_STATES } from './rounds';
import { STUDENT_NEED_VALUES } from './student-survey';

/**
 * Request and response shapes of the rounds API (like src/domain/dossier.ts for steps): the server
 * validates requests with these, the OpenAPI document is generated from them, and the client types
 * its calls with them. `answers` inside a body is validated with the round kind's own schema
 * (answers.ts) once the round is known.
 */

/** A real calendar date as `YYYY-MM-DD` (no 30 February). */
const isRealDate = (d: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
};

/** A calendar date the way rounds are planned: a real date between 2000 and 2100; one message per problem. */
const plannedDate = z.string({ error: validationNl.date }).superRefine((d, ctx) => {
  if (!isRealDate(d)) ctx.addIssue({ code: 'custom', message: validationNl.date });
  else if (d < '2000-01-01' || d > '2100-12-31') ctx.addIssue({ code: 'custom', message: validationNl.dateRange });
});

const focus = z.enum(CHECKPOINT_KINDS, { error: 'Kies plan, proces of effect.' }).nullable();

export const createRoundBody = z
  .object({
    kind: z.enum(ROUND_KINDS, { error: 'Kies een evaluatieronde of een nulmeting.' }),
    plannedOn: plannedDate,
    focus: focus.optional(),
  })
  .strict();
export type CreateRoundBody = z.infer<typeof createRoundBody>;

/** Move a planned round or set its focus; `revision` is the round's revision the caller saw. */
export const updateRoundBody = z
  .object({
    revision: z.number().int().min(0),
    plannedOn: plannedDate.optional(),
    focus: focus.optional(),
  })
  .strict()
  .refine((b) => b.plannedOn !== undefined || b.focus !== undefined, {
    message: 'Geef een nieuwe datum of een focus.',
    path: ['plannedOn'],
  });
export type UpdateRoundBody = z.infer<typeof updateRoundBody>;

/** One person's answers, autosaved like a step: `baseRevision` is the revision the caller last saw (0: none yet). */
export const putAnswersBody = z
  .object({
    answers: z.record(z.string(), z.unknown()),
    baseRevision: z.number().int().min(0),
    /** "Klaar": the answers must then pass the complete schema. */
    complete: z.boolean().optional(),
  })
  .strict();
export type PutAnswersBody = z.infer<typeof putAnswersBody>;

/** A paper form typed in by an editing link, for the person named here. */
export const putPaperBody = putAnswersBody
  .extend({
    partnerId: z
      .string({ error: evaluationNl.rounds.partner })
      .min(1, evaluationNl.rounds.partner)
      .max(64, evaluationNl.rounds.partner),
    person: z
      .string({ error: evaluationNl.rounds.person })
      .trim()
      .min(1, evaluationNl.rounds.person)
      .max(LIMITS.short, `Gebruik hoogstens ${LIMITS.short} tekens.`),
  })
  .strict();
export type PutPaperBody = z.infer<typeof putPaperBody>;

export const studentSurveyBody = z
  .object({
    cap: z
      .number({ error: evaluationNl.rounds.cap })
      .int(evaluationNl.rounds.cap)
      .min(1, evaluationNl.rounds.cap)
      .max(100_000, evaluationNl.rounds.cap)
      .optional(),
  })
  .strict();
export type StudentSurveyBody = z.infer<typeof studentSurveyBody>;

// ---- responses ----

export const roundSchema = z.object({
  id: z.string(),
  kind: z.enum(ROUND_KINDS),
  /** Assigned when the round opens: the nth round of its kind actually held. */
  number: z.number().int().nullable(),
  plannedOn: z.string(),
  origin: z.enum(ROUND_ORIGINS),
  focus: z.enum(CHECKPOINT_KINDS).nullable(),
  state: z.enum(ROUND_STATES),
  openedAt: z.string().nullable(),
  openedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  students: z.object({ enabled: z.boolean(), cap: z.number().int(), responses: z.number().int() }),
  /** "x van y uitgenodigden hebben geantwoord": links that answered (x), owner + active invites (y), paper forms. */
  progress: z.object({ responded: z.number().int(), invitees: z.number().int(), paper: z.number().int() }),
});
export type Round = z.infer<typeof roundSchema>;

export const roundFrameSchema = z.object({
  partners: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string() })),
  factors: z.array(z.object({ id: z.string(), label: z.string(), cluster: z.string() })),
  baseline: z.record(z.string(), z.object({ mean: z.number().nullable(), n: z.number().int() })),
  vision: z.string(),
  goals: z.array(z.object({ id: z.string(), goal: z.string(), indicator: z.string() })),
  actions: z.array(z.object({ id: z.string(), what: z.string(), status: z.string(), deadline: z.string() })),
});

/** A round with what it asks about (live while not closed, the snapshot once closed). */
export const roundDetailSchema = z.object({ round: roundSchema, frame: roundFrameSchema });
export type RoundDetail = z.infer<typeof roundDetailSchema>;

export const roundListSchema = z.object({ rounds: z.array(roundSchema) });

export const responseSchema = z.object({
  respondentKey: z.string(),
  partnerId: z.string().nullable(),
  person: z.string().nullable(),
  /** Who typed a paper form in (null for answers given through one's own link). */
  enteredBy: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
  complete: z.boolean(),
  revision: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type RoundResponse = z.infer<typeof responseSchema>;

/** GET/PUT "my answers": the caller's own response (revision 0 and no answers before the first save), and the count. */
export const myAnswersSchema = responseSchema.extend({ progress: roundSchema.shape.progress, state: z.enum(ROUND_STATES) });
export type MyAnswers = z.infer<typeof myAnswersSchema>;

export const paperListSchema = z.object({ entries: z.array(responseSchema) });

export const answersConflictSchema = z.object({ error: z.string(), current: responseSchema });

export const studentLinkSchema = z.object({
  /** The secret token, shown only now: only its hash is stored. */
  token: z.string(),
  link: z.string(),
  cap: z.number().int(),
});
export type StudentLink = z.infer<typeof studentLinkSchema>;

export const studentSurveySchema = z.object({
  title: z.string(),
  intro: z.string(),
  open: z.boolean(),
  /** This browser already answered (its one-response marker). */
  answered: z.boolean(),
  questions: z.array(z.object({ id: z.enum(STUDENT_QUESTIONS), text: z.string() })),
  answers: z.array(z.object({ value: z.string(), label: z.string() })),
  needsQuestion: z.string(),
  needs: z.array(z.object({ value: z.enum(STUDENT_NEED_VALUES), label: z.string() })),
});
export type StudentSurvey = z.infer<typeof studentSurveySchema>;

// ---- results ----

export const statsSchema = z.object({
  n: z.number().int(),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  sd: z.number().nullable(),
});

const partnerMean = z.object({ partnerId: z.string(), n: z.number().int(), mean: z.number().nullable() });

/** Who gave an answer: partner and person (never for students). */
export const whoSchema = z.object({
  partnerId: z.string().nullable(),
  partnerName: z.string(),
  person: z.string().nullable(),
  /** Typed in from a paper form by an editing link. */
  paper: z.boolean(),
});
export type Who = z.infer<typeof whoSchema>;
export const textAnswerSchema = whoSchema.extend({ text: z.string() });
export type TextAnswer = z.infer<typeof textAnswerSchema>;

export const numericQuestionSchema = z.object({
  id: z.string(),
  group: z.enum(['presence', 'experience', 'reach']),
  title: z.string(),
  unit: z.enum(['score', 'count']),
  all: statsSchema,
  byPartner: z.array(partnerMean),
  /** The partners' means lie 2 or more apart (as step 4 marks it); scores only. */
  difference: z.boolean(),
  /** Presence only: step 4's baseline and the change of the mean against it. */
  baseline: z.object({ mean: z.number().nullable(), n: z.number().int() }).optional(),
  change: z.number().nullable().optional(),
});
export type NumericQuestion = z.infer<typeof numericQuestionSchema>;

const worksCounts = z.object(
  Object.fromEntries(WORKS.map((w) => [w, z.number().int()])) as Record<(typeof WORKS)[number], z.ZodNumber>,
);
export type WorksCounts = z.infer<typeof worksCounts>;

export const choiceQuestionSchema = z.object({
  id: z.string(),
  group: z.enum(['agreements', 'signals', 'vision', 'goal']),
  title: z.string(),
  n: z.number().int(),
  counts: worksCounts,
  /** Share of 'ja' among those who answered. */
  percentJa: z.number().int().nullable(),
  byPartner: z.array(z.object({ partnerId: z.string(), n: z.number().int(), counts: worksCounts })),
  /** Everyone who answered said 'ja' (and someone did). */
  allJa: z.boolean(),
});
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;

export const roundRefSchema = z.object({
  id: z.string(),
  kind: z.enum(ROUND_KINDS),
  number: z.number().int().nullable(),
  date: z.string(),
  focus: z.enum(CHECKPOINT_KINDS).nullable(),
  closedAt: z.string().nullable(),
});

export const responseSummarySchema = z.object({
  invitees: z.number().int(),
  /** Links that answered. */
  responded: z.number().int(),
  paper: z.number().int(),
  byPartner: z.array(z.object({ partnerId: z.string(), n: z.number().int() })),
});

const studentResultsSchema = z.object({
  respondents: z.number().int(),
  questions: z.array(
    z.object({
      id: z.enum(STUDENT_QUESTIONS),
      title: z.string(),
      ja: z.number().int(),
      nee: z.number().int(),
      weetNiet: z.number().int(),
      unanswered: z.number().int(),
      percentJa: z.number().int().nullable(),
      percentNee: z.number().int().nullable(),
      percentWeetNiet: z.number().int().nullable(),
    }),
  ),
  needs: z.array(
    z.object({ value: z.string(), label: z.string(), count: z.number().int(), percent: z.number().int().nullable() }),
  ),
});
export type StudentResults = z.infer<typeof studentResultsSchema>;

const partnerRef = z.object({ id: z.string(), kind: z.string(), name: z.string() });

export const evaluationResultsSchema = z.object({
  kind: z.literal('evaluatie'),
  round: roundRefSchema,
  response: responseSummarySchema,
  partners: z.array(partnerRef),
  numeric: z.array(numericQuestionSchema),
  choices: z.array(choiceQuestionSchema),
  texts: z.object({
    tops: z.array(textAnswerSchema),
    tips: z.array(textAnswerSchema),
    externalFactors: z.array(textAnswerSchema),
    agreementNotes: z.array(textAnswerSchema),
    signalNotes: z.array(textAnswerSchema),
    experienceNotes: z.object(
      Object.fromEntries(PERSPECTIVES.map((p) => [p, z.array(textAnswerSchema)])) as Record<
        (typeof PERSPECTIVES)[number],
        z.ZodArray<typeof textAnswerSchema>
      >,
    ),
  }),
  knelpunten: z.array(whoSchema.extend({ knelpunt: z.string(), oplossing: z.string() })),
  newActions: z.array(
    whoSchema.extend({ what: z.string(), leadPartnerId: z.string().nullable(), deadline: z.string().nullable() }),
  ),
  actions: z.object({
    total: z.number().int(),
    done: z.number().int(),
    percentDone: z.number().int().nullable(),
    overdue: z.number().int(),
    rows: z.array(
      z.object({
        id: z.string(),
        what: z.string(),
        status: z.string(),
        deadline: z.string(),
        /** The deadline lay before the round's date and the action was not done. */
        overdue: z.boolean(),
        /** How the respondents reported its status. */
        reported: z.object(
          Object.fromEntries(ACTION_STATUSES.map((s) => [s, z.number().int()])) as Record<
            (typeof ACTION_STATUSES)[number],
            z.ZodNumber
          >,
        ),
        wentWell: z.array(textAnswerSchema),
        couldBeBetter: z.array(textAnswerSchema),
      }),
    ),
  }),
  goals: z.array(
    z.object({
      id: z.string(),
      goal: z.string(),
      indicator: z.string(),
      measured: z.array(textAnswerSchema),
      /** The choice question "still stands behind this goal" in `choices`. */
      behindQuestionId: z.string(),
    }),
  ),
  students: studentResultsSchema.nullable(),
});
export type EvaluationResults = z.infer<typeof evaluationResultsSchema>;

export const baselineResultsSchema = z.object({
  kind: z.literal('nulmeting'),
  round: roundRefSchema,
  response: responseSummarySchema,
  partners: z.array(partnerRef),
  factors: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      cluster: z.string(),
      importance: statsSchema,
      presence: statsSchema,
      byPartner: z.array(z.object({ partnerId: z.string(), importance: partnerMean, presence: partnerMean })),
      differences: z.array(z.enum(['importance', 'presence'])),
    }),
  ),
});
export type BaselineResults = z.infer<typeof baselineResultsSchema>;

export const resultsSchema = z.discriminatedUnion('kind', [evaluationResultsSchema, baselineResultsSchema]);
export type Results = z.infer<typeof resultsSchema>;

// ---- trends ----

export const trendPointSchema = z.object({
  /** Null for the baseline of step 4. */
  roundId: z.string().nullable(),
  label: z.string(),
  date: z.string().nullable(),
  value: z.number(),
  n: z.number().int(),
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const trendSeriesSchema = z.object({
  id: z.string(),
  group: z.enum([
    'presence',
    'experience',
    'reach',
    'agreements',
    'signals',
    'vision',
    'goal',
    'students',
    'actions',
    'response',
  ]),
  title: z.string(),
  /** score: 1–5; percent: 0–100; count: a number of students, groups, moments. */
  unit: z.enum(['score', 'percent', 'count']),
  points: z.array(trendPointSchema),
});
export type TrendSeries = z.infer<typeof trendSeriesSchema>;

export const trendsSchema = z.object({ series: z.array(trendSeriesSchema) });
export type Trends = z.infer<typeof trendsSchema>;
