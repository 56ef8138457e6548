import { createActor, waitFor, fromPromise, type ActorRefFrom } from 'xstate';
import type { Dossier, PutStepResponse } from '../domain/dossier';
import type { LifecycleState } from '../domain/agreement/lifecycle.machine';
import type { Version } from '../domain/agreement/api';

export interface AgreementState {
  lifecycle: LifecycleState;
  versions: Version[];
}
import { STEP_IDS, type StepId } from '../domain/step';
import type { Api } from './api';
import { autosaveMachine, type SaveInput } from './autosave.machine';
import { clearPending, readPending, writePending } from './pending-store';

export type StepSyncActor = ActorRefFrom<typeof autosaveMachine>;

/**
 * Everything one open dossier needs to stay in step with the server: one autosave actor per step,
 * alive for as long as the dossier is open, so leaving a step never cancels its save.
 */
export class DossierSync {
  readonly actors: Record<StepId, StepSyncActor>;
  private readonly onOnline = () => this.flushAll();
  private agreement: AgreementState;
  private readonly agreementListeners = new Set<() => void>();

  constructor(
    readonly dossier: Dossier,
    readonly token: string,
    private readonly api: Api,
  ) {
    this.agreement = { lifecycle: dossier.lifecycle, versions: dossier.versions };
    const entries = STEP_IDS.map((stepId) => {
      const pending = readPending(dossier.id, stepId);
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
          persist: (_, params) =>
            writePending(dossier.id, stepId, { ...params, at: new Date().toISOString() }),
          forget: () => clearPending(dossier.id, stepId),
        },
      });
      const actor = createActor(machine, {
        input: { server: dossier.steps[stepId], pending: pending?.data ?? null },
      });
      return [stepId, actor] as const;
    });
    this.actors = Object.fromEntries(entries) as unknown as Record<StepId, StepSyncActor>;
  }

  start() {
    Object.values(this.actors).forEach((a) => a.start());
    window.addEventListener('online', this.onOnline);
    return this;
  }

  stop() {
    window.removeEventListener('online', this.onOnline);
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
    return this.agreement;
  }

  /** Current form values for a step: unsent input wins over what the server has. */
  valuesFor(stepId: StepId) {
    const ctx = this.actors[stepId].getSnapshot().context;
    return ctx.pending ?? ctx.server.data;
  }
}
