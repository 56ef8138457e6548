import { z } from './zod-nl';
import { STEP_IDS, type StepId } from './step';
import type { Me } from './access';
import type { StepState } from './dossier';

/**
 * Live updates (GET /api/dossiers/:id/events, server-sent events): what the server sends and what a
 * browser says about itself (presence). Shared by the server and src/sync/. Payloads carry ids; a step
 * event also carries the saved step when it is small enough, which every link of the dossier may read
 * anyway (GET /api/dossiers/:id shows every step to every link). Without it, or when a revision was
 * missed, a client loads the dossier with the same token it opened the stream with.
 */

/** Who acted or who is present: the organisation and, when known, the person; never a token. */
export interface LiveActor {
  /** Stable per link: the invite id, or `owner` for the dossier's own link. */
  key: string;
  kind: Me['kind'];
  partnerId: string | null;
  partnerName: string | null;
  name: string | null;
}

export const actorKey = (me: Pick<Me, 'kind' | 'inviteId'>) => (me.kind === 'owner' ? 'owner' : `invite:${me.inviteId}`);

export const liveActorOf = (me: Pick<Me, 'kind' | 'inviteId' | 'partnerId' | 'partnerName' | 'name'>): LiveActor => ({
  key: actorKey(me),
  kind: me.kind,
  partnerId: me.partnerId,
  partnerName: me.partnerName,
  name: me.name,
});

/** A step was saved: its new revision and status, who saved it, and (when small enough) the step as saved. */
export interface StepEvent {
  stepId: StepId;
  revision: number;
  status: string;
  actor: LiveActor;
  state?: StepState;
}

/** Lifecycle or versions changed (freeze, sign, withdraw, amendment): reload the agreement state. */
export interface LifecycleEvent {
  actor: LiveActor;
}

/** A partner gave or withdrew akkoord on a step. */
export interface ApprovalsEvent {
  stepId: StepId;
  actor: LiveActor;
}

/** An evaluation or baseline round changed: planned, opened, closed, or its number of responses changed. */
export interface RoundsEvent {
  /** Null when several rounds were planned at once. */
  roundId: string | null;
  change: 'planned' | 'created' | 'updated' | 'removed' | 'opened' | 'closed' | 'responses' | 'students';
  /** Null for what no link did (students answering, planning from the schedule). */
  actor: LiveActor | null;
}

/** Working data after signing changed: action progress or proposals, knowledge activities held, the calendar feed. */
export interface WorkEvent {
  area: 'actions' | 'knowledge' | 'calendar';
  actor: LiveActor | null;
}

export interface PresenceEntry extends LiveActor {
  stepId: StepId | null;
  /** The field (its form name) this person is editing, when they are in one. */
  field: string | null;
}

export interface PresenceEvent {
  viewers: PresenceEntry[];
}

/** The events a stream carries, by SSE `event:` name. `step`, `lifecycle`, `approvals`, `rounds` and `work` carry an `id:`. */
export interface LiveEvents {
  step: StepEvent;
  lifecycle: LifecycleEvent;
  approvals: ApprovalsEvent;
  rounds: RoundsEvent;
  work: WorkEvent;
  presence: PresenceEvent;
  /** Too much was missed to replay: load the dossier again. */
  resync: Record<string, never>;
  /** The stream is open; `id` (when any) is the newest event so far. */
  ready: Record<string, never>;
}
export type LiveEventName = keyof LiveEvents;
export const REPLAYED_EVENTS = ['step', 'lifecycle', 'approvals', 'rounds', 'work'] as const;
export type ReplayedEvent = (typeof REPLAYED_EVENTS)[number];

/** The longest field name a presence update may carry (form names like `contacts.3.email`). */
export const PRESENCE_FIELD_MAX = 200;

/** PUT /api/dossiers/:id/presence: where this browser is; `{}` means it left the dossier's steps. */
export const presenceBody = z
  .object({
    stepId: z.enum(STEP_IDS).optional(),
    field: z
      .string()
      .max(PRESENCE_FIELD_MAX)
      .regex(/^[\w.-]*$/)
      .optional(),
  })
  .strict();
export type PresenceBody = z.infer<typeof presenceBody>;

/** A presence entry lives this long without a new PUT; clients repeat theirs well within it. */
export const PRESENCE_TTL_MS = 30_000;
export const PRESENCE_HEARTBEAT_MS = 10_000;
/** Live connections one link may hold open at once (per server process); the next one gets 429. */
export const MAX_STREAMS_PER_LINK = 10;
