import { partnersFromInitiatief } from '#src/domain/dossier';
import type { RoundFrame } from '#src/domain/evaluation/rounds';
import type { StepId } from '#src/domain/step';
import { baselinePresence, checkpointFactors } from '#src/tools/evaluation-list/compute';

type StepData = Partial<Record<StepId, Record<string, unknown>>>;

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const rowsOf = (v: unknown) => (Array.isArray(v) ? v.map(asObject).filter((r) => typeof r.id === 'string' && r.id !== '') : []);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The working data a round shows next to the plan (issue 10): each action's progress and the proposed actions. */
export interface FrameWork {
  /** Per action id, the status its progress has reached. */
  status: ReadonlyMap<string, string>;
  /** Actions proposed since the signed version that are not rows of the plan. */
  proposed: readonly { id: string; what: string; deadline: string }[];
}

/**
 * What a round asks about, from the dossier's steps as they stand (saved drafts, so anything may be
 * missing): the partners of step 1, the working factors and baseline and the goals of step 4, the
 * action plan of step 5 with the status each action's progress has reached and the proposed actions.
 * Computed with the same functions step 10's checkpoint uses.
 */
export function roundFrame(steps: StepData, work?: FrameWork): RoundFrame {
  const initiatief = asObject(steps.initiatief);
  const visie = asObject(steps.visie);
  const factors = checkpointFactors(
    typeof initiatief.collaborationType === 'string' ? initiatief.collaborationType : undefined,
    visie.factors,
  );
  const baseline = baselinePresence(
    visie.factors,
    factors.map((f) => f.id),
  );
  return {
    partners: partnersFromInitiatief(initiatief).map((p) => ({ id: p.id, kind: p.kind, name: p.name })),
    factors: factors.map((f) => ({ id: f.id, label: f.label, cluster: f.cluster })),
    baseline: Object.fromEntries([...baseline].map(([id, b]) => [id, { mean: b.mean ?? null, n: b.n }])),
    vision: str(visie.vision),
    goals: rowsOf(visie.goals).map((g) => ({ id: g.id as string, goal: str(g.goal), indicator: str(g.indicator) })),
    actions: [
      ...rowsOf(asObject(steps.taakverdeling).actionPlan).map((a) => ({
        id: a.id as string,
        what: str(a.what),
        status: work?.status.get(a.id as string) ?? str(a.status),
        deadline: str(a.deadline),
      })),
      ...(work?.proposed ?? []).map((p) => ({ ...p, status: work?.status.get(p.id) ?? 'gepland' })),
    ],
  };
}
