import { createActor, waitFor, fromPromise } from 'xstate';
import type { Dossier, PutStepResponse } from '#src/domain/dossier';
import type { LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import type { AgreementContent } from '#src/domain/agreement/content';
import type { SignatureBody, Version } from '#src/domain/agreement/api';
import { can, type Approval, type CreateInviteBody, type FreezeBody, type Me } from '#src/domain/access';
import type {
  CreateProposedBody,
  KnowledgeActivityBody,
  ProgressBody,
  UpdateKnowledgeActivityBody,
  UpdateProposedBody,
} from '#src/domain/working/api';
import { STEP_IDS, type StepId } from '#src/domain/step';
import { syncNl } from '#src/i18n/nl/sync';
import { wizardNl } from '#src/i18n/nl/wizard';
import type { Api } from './api';
import { autosaveMachine, type SaveInput, type StepSyncActor } from './autosave.machine';
import { clearPending, readPending, writePending } from './pending-store';
import { LiveSync } from './live-sync';
import { RoundsSync } from './rounds-sync';
import type { RoundsEvent } from '#src/domain/live';
import { Store } from './store';

export interface AgreementState {
  lifecycle: LifecycleState;
  versions: Version[];
}

/** Per step, the partners' akkoord as last heard from the server (still to be checked against the revision). */
export type ApprovalsByStep = Record<StepId, Approval[]>;

export type VersionWithContent = Version & { content: AgreementContent };

/**
 * The one door to the server for an open dossier: every page reads and changes server state through
 * this object, bound to the dossier and its link (token). It keeps one autosave actor per step, alive
 * for as long as the dossier is open (leaving a step never cancels its save), live updates, and the
 * agreement and akkoord state, which it refreshes itself after every action that changes them.
 */
export class DossierSync {
  readonly actors: Record<StepId, StepSyncActor>;
  /** Live updates: others' changes, agreement refreshes and presence (server-sent events). */
  readonly live: LiveSync;
  /** Lifecycle state and versions (`useAgreement`). */
  readonly agreement: Store<AgreementState>;
  /** The approvals per step as last heard; `validApprovals` with the step's revision says which count. */
  readonly approvals: Store<ApprovalsByStep>;
  /** Who this browser is in the dossier: owner or invite, for which partner, with which rights. */
  readonly me: Me;
  /** A `lezen` link: nothing is sent, forms are read-only. */
  readonly readOnly: boolean;
  /** Evaluation and baseline rounds: planning, everyone's own answers, paper forms, students. */
  readonly rounds: RoundsSync;
  private readonly onOnline = () => this.flushAll();
  // Frozen versions never change, so one fetch per version is enough.
  private readonly versions = new Map<number, Promise<VersionWithContent>>();

  constructor(
    readonly dossier: Dossier,
    readonly token: string,
    private readonly api: Api,
  ) {
    this.agreement = new Store({ lifecycle: dossier.lifecycle, versions: dossier.versions });
    this.approvals = new Store(approvalsOf(dossier));
    this.me = dossier.me;
    this.readOnly = !can.edit(dossier.me);
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
    this.rounds = new RoundsSync(this, api);
    this.live = new LiveSync(this, api);
  }

  start() {
    Object.values(this.actors).forEach((a) => a.start());
    window.addEventListener('online', this.onOnline);
    this.rounds.start();
    this.live.start();
    return this;
  }

  stop() {
    window.removeEventListener('online', this.onOnline);
    this.live.stop();
    this.rounds.stop();
    Object.values(this.actors).forEach((a) => a.stop());
  }

  /** A rounds event from the live stream (null after a resync): lists and counts reload. */
  onRounds(event: RoundsEvent | null) {
    this.rounds.noteEvent(event);
  }

  // --- steps ---

  flush(stepId: StepId) {
    this.actors[stepId].send({ type: 'FLUSH' });
  }

  flushAll() {
    STEP_IDS.forEach((id) => this.flush(id));
  }

  /** Current form values for a step: unsent input wins over what the server has. */
  valuesFor(stepId: StepId) {
    const ctx = this.actors[stepId].getSnapshot().context;
    return ctx.pending ?? ctx.server.data;
  }

  /** Every step's current values, unsent input included. */
  allValues(): Record<StepId, Record<string, unknown>> {
    return Object.fromEntries(STEP_IDS.map((id) => [id, this.valuesFor(id)])) as Record<StepId, Record<string, unknown>>;
  }

  /** Saves the step as finished; resolves when the server has marked it afgerond. */
  async complete(stepId: StepId, data: Record<string, unknown>) {
    const actor = this.actors[stepId];
    actor.send({ type: 'COMPLETE', data });
    const snap = await this.settled(stepId);
    if (snap.context.server.status !== 'afgerond') {
      throw new Error(snap.context.lastError ?? wizardNl.completeFailed);
    }
  }

  /** Adds rows to a list in another step (e.g. the action plan) and saves it right away. */
  appendRows(stepId: StepId, key: string, rows: Record<string, unknown>[]) {
    const current = this.valuesFor(stepId);
    const existing = Array.isArray(current[key]) ? (current[key] as unknown[]) : [];
    this.actors[stepId].send({ type: 'EDIT', data: { ...current, [key]: [...existing, ...rows] } });
    this.flush(stepId);
  }

  /**
   * Akkoord for this link's partner on the step as the server has it, after what was typed here has
   * been saved: one approves what everyone sees, never a draft still in this browser.
   */
  async approve(stepId: StepId) {
    this.flush(stepId);
    const snap = await this.settled(stepId);
    if (snap.context.pending) throw new Error(syncNl.approveUnsaved);
    const res = await this.api.approve(this.dossier.id, this.token, stepId, snap.context.server.revision);
    this.approvals.set({ ...this.approvals.get(), [stepId]: res.approvals });
  }

  /**
   * Akkoord on several steps at once, one after the other, each on its own saved revision. A step that
   * fails (moved on meanwhile, unsaved input) does not stop the others; the result says which did what.
   */
  async approveAll(stepIds: readonly StepId[]) {
    const approved: StepId[] = [];
    const failed: { stepId: StepId; message: string }[] = [];
    for (const stepId of stepIds) {
      try {
        await this.approve(stepId);
        approved.push(stepId);
      } catch (e) {
        failed.push({ stepId, message: e instanceof Error ? e.message : String(e) });
      }
    }
    return { approved, failed };
  }

  async unapprove(stepId: StepId) {
    const res = await this.api.unapprove(this.dossier.id, this.token, stepId);
    this.approvals.set({ ...this.approvals.get(), [stepId]: res.approvals });
  }

  /** A page of the step's saved revisions, newest first; `before` pages back. */
  stepHistory(stepId: StepId, before?: number) {
    return this.api.stepHistory(this.dossier.id, this.token, stepId, before);
  }

  private settled(stepId: StepId) {
    return waitFor(this.actors[stepId], (s) => !s.matches('saving') && !s.matches('debouncing'), { timeout: 60_000 });
  }

  // --- the agreement: each action refreshes the lifecycle, versions and approvals it changed ---

  /** Freezes the text as the next version; `override` (owner only) without every partner's akkoord. */
  freeze(body?: FreezeBody) {
    return this.changingAgreement(this.api.freeze(this.dossier.id, this.token, body));
  }

  sign(version: number, body: SignatureBody) {
    return this.changingAgreement(this.api.sign(this.dossier.id, this.token, version, body));
  }

  /** Withdraws a version out for signing; `reason` is shown to the partners who had signed. */
  withdraw(version: number, reason: string) {
    return this.changingAgreement(this.api.withdraw(this.dossier.id, this.token, version, reason));
  }

  /** ACTIVATE (take a signed agreement into use) or AMEND (start a new version). */
  lifecycle(event: 'ACTIVATE' | 'AMEND') {
    return this.changingAgreement(this.api.lifecycle(this.dossier.id, this.token, event));
  }

  /** Reloads lifecycle, versions and approvals (after an action here, or a live event from elsewhere). */
  async refreshAgreement() {
    const fresh = await this.api.getDossier(this.dossier.id, this.token);
    this.agreement.set({ lifecycle: fresh.lifecycle, versions: fresh.versions });
    this.approvals.set(approvalsOf(fresh));
    return this.agreement.get();
  }

  private async changingAgreement<T>(request: Promise<T>): Promise<T> {
    const result = await request;
    await this.refreshAgreement();
    return result;
  }

  /** The frozen text of version `n`, fetched once. */
  version(n: number): Promise<VersionWithContent> {
    let found = this.versions.get(n);
    if (!found) {
      found = this.api.version(this.dossier.id, this.token, n);
      // A failed fetch is tried again next time.
      found.catch(() => this.versions.delete(n));
      this.versions.set(n, found);
    }
    return found;
  }

  // --- downloads ---

  /** The draft agreement as it stands, as a PDF. */
  draftPdf() {
    return this.api.draftPdf(this.dossier.id, this.token);
  }

  /** A version as a PDF; sealed once every partner has signed it. */
  versionPdf(n: number) {
    return this.api.versionPdf(this.dossier.id, this.token, n);
  }

  /** The dossier's audit log as CSV (owner only). */
  auditCsv() {
    return this.api.auditCsv(this.dossier.id, this.token);
  }

  /** Whether an uploaded PDF is a sealed, unaltered version (of any dossier). */
  verify(pdf: Blob) {
    return this.api.verify(pdf);
  }

  // --- access (owner only) ---

  invites() {
    return this.api.invites(this.dossier.id, this.token).then((r) => r.invites);
  }

  createInvite(body: CreateInviteBody) {
    return this.api.createInvite(this.dossier.id, this.token, body);
  }

  revokeInvite(inviteId: string) {
    return this.api.revokeInvite(this.dossier.id, this.token, inviteId);
  }

  // --- working data after signing (others' changes arrive as `live.onWork`) ---

  /** The action plan with each action's progress and history, and the actions proposed since the signed version. */
  actionPlan() {
    return this.api.actionPlan(this.dossier.id, this.token);
  }

  /** Status, note and day done of one action, without an amendment; `revision`: the progress revision seen. */
  setActionProgress(actionId: string, body: ProgressBody) {
    return this.api.putActionProgress(this.dossier.id, this.token, actionId, body);
  }

  proposeAction(body: CreateProposedBody) {
    return this.api.proposeAction(this.dossier.id, this.token, body);
  }

  updateProposedAction(actionId: string, body: UpdateProposedBody) {
    return this.api.updateProposedAction(this.dossier.id, this.token, actionId, body);
  }

  deleteProposedAction(actionId: string) {
    return this.api.deleteProposedAction(this.dossier.id, this.token, actionId);
  }

  roundActionItems(roundId: string) {
    return this.api.roundActionItems(this.dossier.id, this.token, roundId);
  }

  /** "In het actieplan zetten" for a closed round; without `sources`, every item. */
  putRoundActionsInPlan(roundId: string, sources?: string[]) {
    return this.api.putRoundActionsInPlan(this.dossier.id, this.token, roundId, sources ? { sources } : {});
  }

  knowledgeActivities() {
    return this.api.knowledgeActivities(this.dossier.id, this.token).then((r) => r.activities);
  }

  createKnowledgeActivity(body: KnowledgeActivityBody) {
    return this.api.createKnowledgeActivity(this.dossier.id, this.token, body);
  }

  updateKnowledgeActivity(activityId: string, body: UpdateKnowledgeActivityBody) {
    return this.api.updateKnowledgeActivity(this.dossier.id, this.token, activityId, body);
  }

  deleteKnowledgeActivity(activityId: string) {
    return this.api.deleteKnowledgeActivity(this.dossier.id, this.token, activityId);
  }

  /** "Samenwerking volgen": the summary, the funding timeline and the key dates. */
  followUp() {
    return this.api.followUp(this.dossier.id, this.token);
  }

  /** One key date as an .ics file ("Toevoegen aan agenda"). */
  keyDateIcs(uid: string) {
    return this.api.keyDateIcs(this.dossier.id, this.token, uid);
  }

  /** Owner only: whether a calendar feed URL works now. */
  calendarFeed() {
    return this.api.calendarFeed(this.dossier.id, this.token);
  }

  /** Owner only: a new secret feed URL; the browser keeps it (the server shows its token only now). */
  createCalendarFeed() {
    return this.api.createCalendarFeed(this.dossier.id, this.token);
  }

  revokeCalendarFeed() {
    return this.api.revokeCalendarFeed(this.dossier.id, this.token);
  }
}

const approvalsOf = (dossier: Dossier) =>
  Object.fromEntries(STEP_IDS.map((id) => [id, dossier.steps[id].approvals ?? []])) as ApprovalsByStep;
