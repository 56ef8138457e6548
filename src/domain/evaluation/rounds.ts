import type { WorkingDataKind } from '#src/domain/agreement/lifecycle.machine';
import type { StudentTally } from './student-survey';

/**
 * Rounds: questionnaires where each person answers for themselves — the evaluation rounds of step 10
 * (working data while an agreement is in force) and the working-factors baseline of step 4.
 * A round is planned, opened by an editing link, answered per link (and from paper), and closed by
 * the owner; closed, it never changes again.
 */
export const ROUND_KINDS = ['evaluatie', 'nulmeting'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const ROUND_STATES = ['gepland', 'open', 'gesloten'] as const;
export type RoundState = (typeof ROUND_STATES)[number];
/** Planned from step 10's schedule, or added by hand (a moved round counts as by hand: replanning leaves it). */
export const ROUND_ORIGINS = ['schema', 'hand'] as const;
export type RoundOrigin = (typeof ROUND_ORIGINS)[number];

/** Which working data a round is, for the lifecycle rule. */
export const workKindOf = (kind: RoundKind): WorkingDataKind => (kind === 'evaluatie' ? 'evaluation' : 'baseline');

/** Who a response belongs to: the owner's link, an invite link, or a paper form someone typed in. */
export type RespondentKey = 'owner' | `invite:${string}` | `paper:${string}`;
export const PAPER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const paperKey = (id: string): RespondentKey => `paper:${id}`;
export const isPaperKey = (key: string) => key.startsWith('paper:');

/** What a round asks about, taken from the dossier: live while open, frozen in the snapshot at close. */
export interface RoundFrame {
  partners: { id: string; kind: string; name: string }[];
  /** The working factors of this dossier (catalogue for the collaboration type, plus the partners' own). */
  factors: { id: string; label: string; cluster: string }[];
  /** Step 4's assessment as the baseline: mean presence per factor id over its respondents. */
  baseline: Record<string, { mean: number | null; n: number }>;
  vision: string;
  goals: { id: string; goal: string; indicator: string }[];
  /** Step 5's action plan rows with their status at the time. */
  actions: { id: string; what: string; status: string; deadline: string }[];
}

/** Written once, when a round closes: with the answers, everything its results are computed from. */
export interface RoundSnapshot extends RoundFrame {
  /** The owner plus the invite links not revoked at closing time. */
  invitees: number;
  students: StudentTally | null;
}
