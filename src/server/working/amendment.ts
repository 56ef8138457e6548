import type { Queryable } from '#src/db/db';
import { audit, lockStep } from '#src/db/dossiers';
import { listProgress, listProposed, markCarried } from '#src/db/working';
import { ACTION_ROWS_MAX } from '#src/domain/action-plan/row';
import { changedKeys } from '#src/domain/merge';
import type { RevisionActor } from '#src/domain/history';
import type { StepDefinition } from '#src/domain/step';
import { amendmentActionPlan } from '#src/domain/working/action-plan';
import { STEPS } from '#steps/index';
import { auditRefusal, saveStepIn } from '#src/server/save-step';
import { signedInForce } from './basis';

const taakverdeling = STEPS.find((s) => s.id === 'taakverdeling')! as StepDefinition;

/**
 * When an amendment starts, step 5's draft becomes the signed action plan as the team now knows it:
 * each row with the status its progress has reached, then every proposed action not carried into a
 * draft before (each marked as carried now). Saved through the normal step save, in the transaction
 * that moves the lifecycle to `wijziging`, so it has a revision, history and an audit entry like any
 * edit. Returns the step's new revision, or null when nothing changed.
 */
export async function carryIntoAmendment(
  tx: Queryable,
  req: { dossierId: string; actor: string; by: RevisionActor },
): Promise<number | null> {
  const { dossierId, actor } = req;
  const signed = await signedInForce(tx, dossierId);
  if (!signed) return null;
  const current = await lockStep(tx, dossierId, taakverdeling.id);
  const { rows, carried } = amendmentActionPlan({
    signedRows: signed.content.steps.taakverdeling?.actionPlan as unknown[],
    version: signed.number,
    proposed: await listProposed(tx, dossierId),
    progress: await listProgress(tx, dossierId),
    max: ACTION_ROWS_MAX,
  });
  const data = { ...current.data, actionPlan: rows };
  if (changedKeys(current.data, data).length === 0 && carried.length === 0) return null;
  const draft = taakverdeling.draftSchema.safeParse(data);
  const request = {
    dossierId,
    step: taakverdeling,
    data: draft.data ?? data,
    baseRevision: current.revision,
    complete: false,
    actor,
    by: req.by,
  };
  // A proposal the draft schema cannot hold stays a proposal: the amendment itself goes ahead.
  if (!draft.success) {
    await auditRefusal(tx, request, { kind: 'invalid', issues: [] });
    return null;
  }
  const outcome = await saveStepIn(tx, request);
  if (outcome.kind !== 'saved') {
    await auditRefusal(tx, request, outcome);
    return null;
  }
  await markCarried(tx, dossierId, carried, signed.number);
  if (carried.length > 0)
    await audit(tx, {
      dossierId,
      action: 'actions.carry',
      object: `dossier:${dossierId}/step:${taakverdeling.id}`,
      result: 'ok',
      actor,
      detail: `${carried.length} voorgestelde acties in de wijziging gezet`,
    });
  return outcome.step.revision;
}
