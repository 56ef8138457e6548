import type { StepState } from '#src/domain/dossier';
import type { LiveActor, StepEvent } from '#src/domain/live';
import type { StepId } from '#src/domain/step';

/**
 * The live event of a saved step, with the step as GET /api/dossiers/:id shows it, so other open
 * browsers apply it without loading the dossier (the hub drops `state` when it is too large to send).
 */
export function stepEvent(stepId: StepId, saved: StepState, actor: LiveActor): StepEvent {
  const state: StepState = { data: saved.data, revision: saved.revision, status: saved.status, updatedAt: saved.updatedAt };
  return { stepId, revision: saved.revision, status: saved.status, actor, state };
}
