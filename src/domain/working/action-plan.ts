/**
 * The action plan as a team works with it after signing: the rows of the agreement's plan and the
 * actions proposed since, each with its progress (working data) and the history of that progress; and
 * what an amendment's draft of step 5 starts from. Pure: the server passes what it read.
 */
import { ACTION_STATUSES, type ActionStatus } from '#src/domain/evaluation/atoms';
import type { ActionPlanView, PlanAction, Progress, ProgressChange } from './api';

export interface ProposedInput {
  id: string;
  action: Record<string, unknown>;
  sinceVersion: number;
  roundId: string | null;
  sourceKey: string | null;
  revision: number;
  createdAt: string;
  createdBy: string;
  carriedAt: string | null;
  /** The signed version in force when it was carried into an amendment's draft. */
  carriedFrom: number | null;
}

export interface ChangeInput {
  at: string;
  actor: string;
  partnerName: string | null;
  person: string | null;
  fromStatus: ActionStatus | null;
  toStatus: ActionStatus;
  note: string;
  doneOn: string | null;
  roundId: string | null;
}

export interface PlanInput {
  /** The plan of the signed version in force, or the draft's rows while nothing is signed. */
  planRows: readonly unknown[];
  version: number | null;
  proposed: readonly ProposedInput[];
  progress: ReadonlyMap<string, Omit<Progress, 'actionId'>>;
  history: ReadonlyMap<string, readonly ChangeInput[]>;
  /** Round id → its number, to show which round a change happened in. */
  roundNumbers: ReadonlyMap<string, number | null>;
  today: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const isStatus = (v: unknown): v is ActionStatus => (ACTION_STATUSES as readonly unknown[]).includes(v);

/** The rows of a plan that have an id (a draft may hold anything). */
export function planRowsOf(value: unknown): Record<string, unknown>[] {
  return (Array.isArray(value) ? value : []).map(asObject).filter((r) => typeof r.id === 'string' && r.id !== '');
}

/**
 * Proposals still apart from the plan of `version`: once an amendment with them is signed, the plan
 * holds them; one signed without them (the team took the row out of the draft) has dropped them.
 */
export const openProposals = <P extends { id: string; carriedFrom: number | null }>(
  proposed: readonly P[],
  planRows: readonly unknown[],
  version: number | null,
) => {
  const inPlan = new Set(planRowsOf(planRows).map((r) => r.id as string));
  return proposed.filter((p) => !inPlan.has(p.id) && (p.carriedFrom === null || version === null || p.carriedFrom >= version));
};

export function actionPlanView(input: PlanInput): ActionPlanView {
  const history = (id: string): ProgressChange[] =>
    (input.history.get(id) ?? []).map((c) => ({
      at: c.at,
      by: c.actor,
      partnerName: c.partnerName,
      person: c.person,
      from: c.fromStatus,
      to: c.toStatus,
      note: c.note,
      doneOn: c.doneOn,
      roundId: c.roundId,
      roundNumber: c.roundId ? (input.roundNumbers.get(c.roundId) ?? null) : null,
    }));
  const view = (id: string, action: Record<string, unknown>, source: PlanAction['source'], proposal: PlanAction['proposal']) => {
    const progress = input.progress.get(id) ?? null;
    const status: ActionStatus = progress?.status ?? (isStatus(action.status) ? action.status : 'gepland');
    const deadline = typeof action.deadline === 'string' && ISO.test(action.deadline) ? action.deadline : null;
    return {
      id,
      source,
      action: { ...action, id },
      status,
      overdue: status !== 'gereed' && deadline !== null && deadline < input.today,
      progress: progress && { ...progress },
      history: history(id),
      proposal,
    } satisfies PlanAction;
  };
  const actions: PlanAction[] = [
    ...planRowsOf(input.planRows).map((row) => view(row.id as string, row, 'plan', null)),
    ...openProposals(input.proposed, input.planRows, input.version).map((p) =>
      view(p.id, p.action, 'voorstel', {
        sinceVersion: p.sinceVersion,
        roundId: p.roundId,
        roundNumber: p.roundId ? (input.roundNumbers.get(p.roundId) ?? null) : null,
        sourceKey: p.sourceKey,
        carriedAt: p.carriedAt,
        revision: p.revision,
        createdAt: p.createdAt,
        createdBy: p.createdBy,
      }),
    ),
  ];
  const done = actions.filter((a) => a.status === 'gereed').length;
  return {
    version: input.version,
    today: input.today,
    actions,
    summary: {
      total: actions.length,
      done,
      overdue: actions.filter((a) => a.overdue).length,
      percentDone: actions.length === 0 ? null : Math.round((done / actions.length) * 100),
    },
  };
}

/**
 * The action plan an amendment's draft of step 5 starts from: the signed plan with each row's status
 * taken from its progress (nobody needs to type again what the team already recorded), then every
 * proposal not carried into an earlier draft and not in the plan yet, as far as the plan has room.
 * Returns the rows and the proposals that went in (to be marked as carried).
 */
export function amendmentActionPlan(input: {
  signedRows: readonly unknown[];
  /** The signed version in force, whose plan `signedRows` is. */
  version: number;
  proposed: readonly ProposedInput[];
  progress: ReadonlyMap<string, { status: ActionStatus }>;
  max: number;
}): { rows: Record<string, unknown>[]; carried: string[] } {
  const withStatus = (row: Record<string, unknown>, id: string) => {
    const progress = input.progress.get(id);
    return progress ? { ...row, status: progress.status } : row;
  };
  const rows = planRowsOf(input.signedRows).map((r) => withStatus(r, r.id as string));
  const room = Math.max(0, input.max - rows.length);
  const carried = openProposals(input.proposed, rows, input.version)
    .filter((p) => p.carriedAt === null)
    .slice(0, room);
  return {
    rows: [
      ...rows,
      ...carried.map((p) =>
        withStatus({ ...p.action, id: p.id, status: isStatus(p.action.status) ? p.action.status : 'gepland' }, p.id),
      ),
    ],
    carried: carried.map((p) => p.id),
  };
}
