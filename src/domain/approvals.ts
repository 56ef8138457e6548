import type { Approval } from './access';
import type { Partner } from './partners';
import type { StepDefinition, StepId } from './step';

/**
 * Akkoord per step and partner, and what follows from it: who is "aan zet" and what still blocks
 * freezing. An approval names the revision it was given on, so any later save of the step (a new
 * revision) makes it stop counting without anything being deleted.
 */

export interface StepApprovals {
  revision: number;
  approvals?: readonly Approval[];
}

/** The approvals that still count: given on the current revision, by a partner that is still in step 1. */
export function validApprovals(approvals: readonly Approval[] = [], revision: number, partners?: readonly Partner[]): Approval[] {
  return approvals.filter((a) => a.revision === revision && (!partners || partners.some((p) => p.id === a.partnerId)));
}

export const hasApproved = (step: StepApprovals | undefined, partnerId: string) =>
  !!step && validApprovals(step.approvals, step.revision).some((a) => a.partnerId === partnerId);

/** "Aan zet": steps whose aan-zet kinds include the partner's kind and that the partner has not yet approved. */
export function waitingFor(
  partner: Partner,
  steps: readonly Pick<StepDefinition, 'id' | 'aanZet'>[],
  state: Partial<Record<StepId, StepApprovals>>,
): StepId[] {
  return steps.filter((s) => s.aanZet.includes(partner.kind) && !hasApproved(state[s.id], partner.id)).map((s) => s.id);
}

export interface MissingApproval {
  stepId: StepId;
  partnerId: string;
}

/** Freezing asks for every partner's akkoord on every required step; this lists each one still missing. */
export function missingApprovals(
  steps: readonly Pick<StepDefinition, 'id' | 'agreement'>[],
  partners: readonly Partner[],
  state: Partial<Record<StepId, StepApprovals>>,
): MissingApproval[] {
  return steps
    .filter((s) => s.agreement.role === 'required')
    .flatMap((s) => partners.filter((p) => !hasApproved(state[s.id], p.id)).map((p) => ({ stepId: s.id, partnerId: p.id })));
}

/**
 * "Akkoord geven op alle stappen die klaar zijn": the afgerond steps whose current text the partner
 * has not approved yet, in plan order.
 */
export function readyForApproval(
  steps: readonly Pick<StepDefinition, 'id'>[],
  statuses: Partial<Record<StepId, string>>,
  state: Partial<Record<StepId, StepApprovals>>,
  partnerId: string,
): StepId[] {
  return steps.filter((s) => statuses[s.id] === 'afgerond' && !hasApproved(state[s.id], partnerId)).map((s) => s.id);
}
