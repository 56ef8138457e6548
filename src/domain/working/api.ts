import { z } from '#src/domain/zod-nl';
import { date, longText, text } from '#src/domain/fields';
import { actionRowShape } from '#src/domain/action-plan/row';
import { ACTION_STATUSES } from '#src/domain/evaluation/atoms';
import { whoSchema } from '#src/domain/evaluation/api';
import { KNOWLEDGE_ACTIVITY_KINDS } from '#src/domain/knowledge-activity-kinds';
import { workingNl } from '#src/i18n/nl/working';

/**
 * Request and response shapes of the working data kept after signing (like evaluation/api.ts for
 * rounds): each action's progress, actions proposed since the signed version, the log of knowledge
 * activities held, and the calendar feed. The server validates with these, the OpenAPI document is
 * generated from them, and the client types its calls with them.
 */

const v = workingNl.validation;

/**
 * A request body as a client writes it: the field atoms type an optional field as a required key that
 * may hold undefined; here such keys may be left out.
 */
type Loose<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
};

/** The revision the caller last saw (0: nothing stored yet), so nothing is silently overwritten. */
const revision = z.number({ error: v.revision }).int(v.revision).min(0, v.revision);

// ---- action progress ----

export const NOTE_MAX = 2000;

/** Set an action's status (with a note and the day it was done); `revision` is the progress revision seen. */
export const progressBody = z
  .object({
    status: z.enum(ACTION_STATUSES, { error: v.status }),
    note: text('complete', { optional: true, max: NOTE_MAX }),
    /** Only with `gereed`; left out, today is taken. */
    doneOn: date('complete', { optional: true }).nullable(),
    revision,
  })
  .strict();
export type ProgressBody = Loose<z.infer<typeof progressBody>>;

export const progressSchema = z.object({
  status: z.enum(ACTION_STATUSES),
  note: z.string(),
  doneOn: z.string().nullable(),
  revision: z.number().int(),
  updatedAt: z.string(),
  /** Who changed it last, as the audit log names them. */
  updatedBy: z.string(),
});
export type Progress = z.infer<typeof progressSchema>;

/** One change of an action's progress: who, when, from → to, and the evaluation round open at the time. */
export const progressChangeSchema = z.object({
  at: z.string(),
  by: z.string(),
  partnerName: z.string().nullable(),
  person: z.string().nullable(),
  /** Null for the first change: before it the status was the plan's own. */
  from: z.enum(ACTION_STATUSES).nullable(),
  to: z.enum(ACTION_STATUSES),
  note: z.string(),
  doneOn: z.string().nullable(),
  roundId: z.string().nullable(),
  roundNumber: z.number().int().nullable(),
});
export type ProgressChange = z.infer<typeof progressChangeSchema>;

// ---- proposed actions ----

/** An action row as step 5's plan holds it (its id is the server's). */
const proposedRow = z.object({ ...actionRowShape('draft'), id: z.string().max(64).optional() }).strict();

/** A new action since the signed version, from an editing link; optionally the round it came from. */
export const createProposedBody = z
  .object({
    action: proposedRow,
    roundId: z.string().max(64).nullable().optional(),
  })
  .strict();
type ProposedRowBody = Loose<z.infer<typeof proposedRow>>;
export type CreateProposedBody = { action: ProposedRowBody; roundId?: string | null };

export const updateProposedBody = z.object({ action: proposedRow, revision }).strict();
export type UpdateProposedBody = { action: ProposedRowBody; revision: number };

/** "In het actieplan zetten": the round's items to turn into proposals (left out: every item). */
export const roundActionsBody = z
  .object({
    sources: z
      .array(z.string({ error: v.sources }).max(300, v.sources), { error: v.sources })
      .max(200)
      .optional(),
  })
  .strict();
export type RoundActionsBody = z.infer<typeof roundActionsBody>;

/** The action as the plan holds it: every field of step 5's row, as typed (a draft may hold anything). */
const actionRowSchema = z.object({ id: z.string() }).catchall(z.unknown());

export const proposalSchema = z.object({
  /** "Nieuw sinds versie n": the signed version in force when it was proposed. */
  sinceVersion: z.number().int(),
  roundId: z.string().nullable(),
  roundNumber: z.number().int().nullable(),
  /** The round item it was made from (one proposal per item). */
  sourceKey: z.string().nullable(),
  /** When it was put into an amendment's draft of step 5. */
  carriedAt: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
});

export const planActionSchema = z.object({
  id: z.string(),
  /** `plan`: a row of the agreement's action plan; `voorstel`: proposed since the signed version. */
  source: z.enum(['plan', 'voorstel']),
  action: actionRowSchema,
  /** The status now: its progress when recorded, otherwise the plan's own (gepland when empty). */
  status: z.enum(ACTION_STATUSES),
  /** Not done and its deadline lies before today. */
  overdue: z.boolean(),
  progress: progressSchema.nullable(),
  history: z.array(progressChangeSchema),
  proposal: proposalSchema.nullable(),
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const actionPlanSchema = z.object({
  /** The signed version whose plan this is; null while nothing is signed (then the draft's rows). */
  version: z.number().int().nullable(),
  today: z.string(),
  actions: z.array(planActionSchema),
  summary: z.object({
    total: z.number().int(),
    done: z.number().int(),
    overdue: z.number().int(),
    percentDone: z.number().int().nullable(),
  }),
});
export type ActionPlanView = z.infer<typeof actionPlanSchema>;

export const roundCandidateSchema = z.object({
  sourceKey: z.string(),
  /** A new action someone proposed, or a knelpunt with the solution they proposed. */
  kind: z.enum(['nieuwe-actie', 'knelpunt']),
  what: z.string(),
  /** The knelpunt (for a knelpunt), empty for a new action. */
  detail: z.string(),
  who: whoSchema,
  /** The proposal made from it already, if any. */
  proposedActionId: z.string().nullable(),
});
export type RoundCandidate = z.infer<typeof roundCandidateSchema>;

export const roundCandidatesSchema = z.object({ candidates: z.array(roundCandidateSchema) });
export type RoundCandidates = z.infer<typeof roundCandidatesSchema>;

export const roundActionsResponse = z.object({
  /** Ids of the proposals made now (items already proposed are left alone). */
  added: z.array(z.string()),
  plan: actionPlanSchema,
});
export type RoundActionsResponse = z.infer<typeof roundActionsResponse>;

// ---- knowledge activities held ----

export const PARTICIPANTS_MAX = 100_000;
export const ACTIVITY_PARTNERS_MAX = 30;

const knowledgeFields = z.object({
  heldOn: date('complete'),
  kind: z.enum(KNOWLEDGE_ACTIVITY_KINDS, { error: v.kind }),
  kindOther: text('complete', { optional: true }),
  topic: text('complete', { max: 500 }),
  /** The partner organisations that took part (ids of step 1). */
  partnerIds: z
    .array(z.string({ error: v.partners }).min(1, v.partners).max(64, v.partners), { error: v.partners })
    .max(ACTIVITY_PARTNERS_MAX, v.tooManyPartners(ACTIVITY_PARTNERS_MAX))
    .optional(),
  participants: z
    .number({ error: v.participants(PARTICIPANTS_MAX) })
    .int(v.participants(PARTICIPANTS_MAX))
    .min(0, v.participants(PARTICIPANTS_MAX))
    .max(PARTICIPANTS_MAX, v.participants(PARTICIPANTS_MAX))
    .nullable()
    .optional(),
  notes: longText('complete', { optional: true }),
  /** The activity of step 9's plan this was, if any. */
  activityId: z.string().max(64).nullable().optional(),
});

const otherKindDescribed = (a: { kind?: string; kindOther?: string }, ctx: z.RefinementCtx) => {
  if (a.kind === 'anders' && !a.kindOther?.trim()) ctx.addIssue({ code: 'custom', path: ['kindOther'], message: v.kindOther });
};

export const knowledgeActivityBody = knowledgeFields.strict().superRefine(otherKindDescribed);
export type KnowledgeActivityBody = Loose<z.infer<typeof knowledgeActivityBody>>;

export const updateKnowledgeActivityBody = knowledgeFields.extend({ revision }).strict().superRefine(otherKindDescribed);
export type UpdateKnowledgeActivityBody = Loose<z.infer<typeof updateKnowledgeActivityBody>>;

export const knowledgeActivitySchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  kind: z.enum(KNOWLEDGE_ACTIVITY_KINDS),
  kindOther: z.string(),
  topic: z.string(),
  partnerIds: z.array(z.string()),
  participants: z.number().int().nullable(),
  notes: z.string(),
  activityId: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type KnowledgeActivity = z.infer<typeof knowledgeActivitySchema>;

export const knowledgeListSchema = z.object({ activities: z.array(knowledgeActivitySchema) });

// ---- calendar feed ----

export const calendarFeedSchema = z.object({
  /** Whether a feed URL works now; the URL itself is shown only once, when it is made. */
  active: z.boolean(),
  createdAt: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

export const calendarFeedCreatedSchema = z.object({
  /** The secret token, shown only now: only its hash is stored. */
  token: z.string(),
  /** The path of the feed (`/api/agenda/<token>.ics`); the client puts its own origin in front. */
  path: z.string(),
  createdAt: z.string(),
});
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreatedSchema>;

/** A conflict: the error and the current state (of a progress, proposal or activity). */
export const workConflictSchema = z.object({ error: z.string(), current: z.unknown() });
