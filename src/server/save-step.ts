import type { Db, Queryable } from '#src/db/db';
import { audit, lockStep, revisionData, writeStep, type StepRow } from '#src/db/dossiers';
import { changedKeys, mergeStepData, type Conflict } from '#src/domain/merge';
import type { StepDefinition } from '#src/domain/step';
import type { RevisionActor } from '#src/domain/history';
import { toIssues, type Issue } from './http';
import { stepStatus } from '#src/domain/step-status';
import { lockLifecycle } from '#src/db/agreements';
import { allows, type LifecycleState } from '#src/domain/agreement/lifecycle.machine';

export type SaveOutcome =
  | { kind: 'saved'; step: StepRow & { updatedAt: string }; merged: boolean }
  | { kind: 'conflict'; current: StepRow; conflictingFields: string[]; future: boolean; details?: Conflict[] }
  | { kind: 'invalid'; issues: Issue[] }
  | { kind: 'locked'; lifecycle: LifecycleState };

/**
 * One step save, atomically: lock the row, merge when the client's base is stale, validate,
 * compute the status, write revision n+1 and append it to the history and the audit log.
 * `data` has already passed the step's draft schema (and the complete schema when asked).
 */
export interface SaveRequest {
  dossierId: string;
  step: StepDefinition;
  data: Record<string, unknown>;
  baseRevision: number;
  complete: boolean;
  actor: string;
  /** Recorded with the revision, for the step's history. */
  by?: RevisionActor;
}

export async function saveStep(db: Db, req: SaveRequest): Promise<SaveOutcome> {
  const outcome = await db.transaction<SaveOutcome>((tx) => saveStepIn(tx, req));
  // Refusals are recorded too (outside the rolled-back or read-only transaction).
  if (outcome.kind !== 'saved') await auditRefusal(db, req, outcome);
  return outcome;
}

export const auditRefusal = (q: Queryable, req: SaveRequest, outcome: SaveOutcome) =>
  audit(q, {
    dossierId: req.dossierId,
    action: req.complete ? 'step.complete' : 'step.update',
    object: `dossier:${req.dossierId}/step:${req.step.id}`,
    result: outcome.kind,
    actor: req.actor,
  });

/**
 * The save inside a transaction the caller holds, for writes that must go together with a step save
 * (closing a baseline round writes its scores into step 4). Refusals are the caller's to record.
 */
export async function saveStepIn(tx: Queryable, req: SaveRequest): Promise<SaveOutcome> {
  const { dossierId, step, actor } = req;
  const action = req.complete ? 'step.complete' : 'step.update';
  const object = `dossier:${dossierId}/step:${step.id}`;

  // Shared lock: saves run side by side, but never while a version is being frozen or signed.
  const lifecycle = await lockLifecycle(tx, dossierId, 'SHARE');
  const current = await lockStep(tx, dossierId, step.id);
  let data = req.data;
  let merged = false;

  if (req.baseRevision > current.revision) {
    return { kind: 'conflict', current, conflictingFields: [], future: true };
  }
  if (req.baseRevision < current.revision) {
    const base = await revisionData(tx, dossierId, step.id, req.baseRevision);
    if (!base) return { kind: 'conflict', current, conflictingFields: changedKeys(current.data, req.data), future: false };
    const result = mergeStepData(base, current.data, req.data);
    if (!result.ok)
      return { kind: 'conflict', current, conflictingFields: result.conflicts, future: false, details: result.details };
    // Each side was valid on its own; the combination must be too.
    const draft = step.draftSchema.safeParse(result.data);
    if (!draft.success) {
      return { kind: 'conflict', current, conflictingFields: changedKeys(base, req.data), future: false };
    }
    data = draft.data as Record<string, unknown>;
    merged = true;
  }

  // Outside drafting, only working data (evaluation rounds) may change; the agreement text is frozen.
  if (!allows(lifecycle, { type: 'EDIT' })) {
    const operational = step.agreement.operationalKeys ?? [];
    if (changedKeys(current.data, data).some((k) => !operational.includes(k))) return { kind: 'locked', lifecycle };
  }

  const complete = step.schema.safeParse(data);
  if (req.complete && !complete.success) return { kind: 'invalid', issues: toIssues(complete.error) };
  const status = stepStatus(data, {
    wantsComplete: req.complete || current.status === 'afgerond',
    parsesComplete: complete.success,
  });
  const saved = await writeStep(tx, { dossierId, stepId: step.id, data, revision: current.revision + 1, status, by: req.by });
  await audit(tx, { dossierId, action, object, result: merged ? 'ok:merged' : 'ok', actor });
  return { kind: 'saved', step: saved as StepRow & { updatedAt: string }, merged };
}
