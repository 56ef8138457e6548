import { createActor, waitFor, fromPromise } from 'xstate';
import type { Dossier, PutStepResponse } from '#src/domain/dossier';
import type { LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import type { Version } from '#src/domain/agreement/api';
import { can, type Approval, type Me } from '#src/domain/access';

export interface AgreementState {
  lifecycle: LifecycleState;
  versions: Version[];
}
import { STEP_IDS, type StepId } from '#src/domain/step';
import type { Api } from './api';
import { autosaveMachine, type SaveInput, type StepSyncActor } from './autosave.machine';
import { clearPending, readPending, writePending } from './pending-store';
import { LiveSync } from './live-sync';
import { syncMessages } from './messages';

/** Per step, the partners' akkoord as last heard from the server (still to be checked against the revision). */
export type ApprovalsByStep = Record<StepId, Approval[]>;

/**
 * Everything one open dossier needs to stay in step with the server: one autosave actor per step,
 * alive for as long as the dossier is open, so leaving a step never cancels its save.
 */
export class DossierSync {
  readonly actors: Record<StepId, StepSyncActor>;
  /** Live updates: others' changes, agreement refreshes and presence (server-sent events). */
  readonly live: LiveSync;
  private readonly onOnline = () => this.flushAll();
  private agreement: AgreementState;
  private readonly agreementListeners = new Set<() => void>();
  private approvals: ApprovalsByStep;
  private readonly approvalListeners = new Set<() => void>();
  /** Who this browser is in the dossier: owner or invite, for which partner, with which rights. */
  readonly me: Me;
  /** A `lezen` link: nothing is sent, forms are read-only. */
  readonly readOnly: boolean;

  constructor(
    readonly dossier: Dossier,
    readonly token: string,
    private readonly api: Api,
  ) {
    this.agreement = { lifecycle: dossier.lifecycle, versions: dossier.versions };
    this.me = dossier.me;
    this.readOnly = !can.edit(dossier.me);
    this.approvals = approvalsOf(dossier);
    const entries = STEP_IDS.map((stepId) => {
      // Input kept from an earlier visit with an editing link is not sent through a reading one.
      const pending = this.readOnly ? undefined : readPending(dossier.id, stepId);
      const machine = autosaveMachine.provide({
        actors: {
          save: fromPromise<PutStepResponse, SaveInput>(({ input }) =>
            api.putStep(dossier.id, token, stepId, {
              data: input.data,
              baseRevision: input.baseRevision,
              ...(input.complete ? { complete: true } : {}),
            }),
          ),
        },
        actions: {
          persist: (_, params) => writePending(dossier.id, stepId, { ...params, at: new Date().toISOString() }),
          forget: () => clearPending(dossier.id, stepId),
        },
      });
      const actor = createActor(machine, {
        input: { server: dossier.steps[stepId], pending: pending?.data ?? null },
      });
      return [stepId, actor] as const;
    });
    this.actors = Object.fromEntries(entries) as unknown as Record<StepId, StepSyncActor>;
    this.live = new LiveSync(this, api);
  }

  start() {
    Object.values(this.actors).forEach((a) => a.start());
    window.addEventListener('online', this.onOnline);
    this.live.start();
    return this;
  }

  stop() {
    window.removeEventListener('online', this.onOnline);
    this.live.stop();
    Object.values(this.actors).forEach((a) => a.stop());
  }

  flush(stepId: StepId) {
    this.actors[stepId].send({ type: 'FLUSH' });
  }

  flushAll() {
    STEP_IDS.forEach((id) => this.flush(id));
  }

  /** Saves the step as finished; resolves when the server has marked it afgerond. */
  async complete(stepId: StepId, data: Record<string, unknown>) {
    const actor = this.actors[stepId];
    actor.send({ type: 'COMPLETE', data });
    const snap = await waitFor(actor, (s) => !s.matches('saving') && !s.matches('debouncing'), { timeout: 60_000 });
    if (snap.context.server.status !== 'afgerond') {
      throw new Error(snap.context.lastError ?? 'Afronden is niet gelukt.');
    }
  }

  /** Adds rows to a list in another step (e.g. the action plan) and saves it right away. */
  appendRows(stepId: StepId, key: string, rows: Record<string, unknown>[]) {
    const current = this.valuesFor(stepId);
    const existing = Array.isArray(current[key]) ? (current[key] as unknown[]) : [];
    this.actors[stepId].send({ type: 'EDIT', data: { ...current, [key]: [...existing, ...rows] } });
    this.flush(stepId);
  }

  /** Lifecycle state and versions; refreshed after every agreement action. */
  getAgreement = () => this.agreement;

  subscribeAgreement = (listener: () => void) => {
    this.agreementListeners.add(listener);
    return () => this.agreementListeners.delete(listener);
  };

  async refreshAgreement() {
    const fresh = await this.api.getDossier(this.dossier.id, this.token);
    this.agreement = { lifecycle: fresh.lifecycle, versions: fresh.versions };
    this.agreementListeners.forEach((l) => l());
    this.setApprovals(approvalsOf(fresh));
    return this.agreement;
  }

  /** The approvals per step as last heard; `validApprovals` with the step's revision says which count. */
  getApprovals = () => this.approvals;

  subscribeApprovals = (listener: () => void) => {
    this.approvalListeners.add(listener);
    return () => this.approvalListeners.delete(listener);
  };

  private setApprovals(next: ApprovalsByStep) {
    this.approvals = next;
    this.approvalListeners.forEach((l) => l());
  }

  /**
   * Akkoord for this link's partner on the step as the server has it, after what was typed here has
   * been saved: one approves what everyone sees, never a draft still in this browser.
   */
  async approve(stepId: StepId) {
    const actor = this.actors[stepId];
    actor.send({ type: 'FLUSH' });
    const snap = await waitFor(actor, (s) => !s.matches('saving') && !s.matches('debouncing'), { timeout: 60_000 });
    if (snap.context.pending) throw new Error(syncMessages.approveUnsaved);
    const res = await this.api.approve(this.dossier.id, this.token, stepId, snap.context.server.revision);
    this.setApprovals({ ...this.approvals, [stepId]: res.approvals });
  }

  async unapprove(stepId: StepId) {
    const res = await this.api.unapprove(this.dossier.id, this.token, stepId);
    this.setApprovals({ ...this.approvals, [stepId]: res.approvals });
  }

  /** Current form values for a step: unsent input wins over what the server has. */
  valuesFor(stepId: StepId) {
    const ctx = this.actors[stepId].getSnapshot().context;
    return ctx.pending ?? ctx.server.data;
  }
}

const approvalsOf = (dossier: Dossier) =>
  Object.fromEntries(STEP_IDS.map((id) => [id, dossier.steps[id].approvals ?? []])) as ApprovalsByStep;
