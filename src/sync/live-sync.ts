import type { Dossier, StepState } from '#src/domain/dossier';
import {
  actorKey,
  PRESENCE_HEARTBEAT_MS,
  type LiveActor,
  type RoundsEvent,
  type LiveEventName,
  type LiveEvents,
  type PresenceEntry,
  type WorkEvent,
} from '#src/domain/live';
import { STEP_IDS, type StepId } from '#src/domain/step';
import type { Api } from './api';
import type { StepSyncActor } from './autosave.machine';
import { LiveConnection, type LiveStatus } from './live';
import { afterPageSettles } from './live-start';

/** What live updates need of the open dossier (DossierSync). */
export interface LiveHost {
  readonly dossier: Dossier;
  readonly token: string;
  readonly readOnly?: boolean;
  readonly actors: Record<StepId, StepSyncActor>;
  refreshAgreement(): Promise<unknown>;
  /** A round changed (null: too much was missed); the rounds pages reload. */
  onRounds?(event: RoundsEvent | null): void;
}

/** A newer version of a step by someone else that was not put into the form, because this browser is typing in it. */
export interface RemoteChange {
  by: LiveActor;
  revision: number;
}

/** Typing this recently in a step holds back someone else's version (a notice offers it instead). */
export const TYPING_QUIET_MS = 4000;
const PRESENCE_THROTTLE_MS = 1000;

type Listener = () => void;

/**
 * Live updates for one open dossier: the event stream, someone else's saved steps into the step actors
 * (or a notice while this browser is typing there), agreement refreshes, and presence both ways.
 */
export class LiveSync {
  private connection: LiveConnection | null = null;
  private status: LiveStatus = 'connecting';
  private viewers: PresenceEntry[] = [];
  private remote: Partial<Record<StepId, RemoteChange>> = {};
  private readonly latest: Partial<Record<StepId, StepState>> = {};
  private readonly typedAt: Partial<Record<StepId, number>> = {};
  /** Who saved each step last, as the events said (for the notice). */
  private readonly by: Partial<Record<StepId, LiveActor>> = {};
  private readonly listeners = new Set<Listener>();
  private readonly workListeners = new Set<(event: WorkEvent | null) => void>();
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;
  private here: { stepId: StepId | null; field: string | null } = { stepId: null, field: null };
  private presenceSentAt = 0;
  private presenceTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private cancelStart = () => {};
  /** `owner` or `invite:<id>`: this browser's own link, left out of "who else is here". */
  readonly myKey: string;

  constructor(
    private readonly host: LiveHost,
    private readonly api: Pick<Api, 'events' | 'presence' | 'getDossier'>,
  ) {
    this.myKey = actorKey(host.dossier.me);
  }

  start() {
    this.connection?.stop();
    this.cancelStart();
    // After the page is interactive: the stream is not part of loading the page.
    this.cancelStart = afterPageSettles(() => {
      this.connection = new LiveConnection(this.api, this.host.dossier.id, this.host.token, {
        onEvent: (name, data) => this.onEvent(name, data),
        onStatus: (status) => this.set(() => (this.status = status)),
      }).start();
    });
    this.heartbeat = setInterval(() => {
      if (this.here.stepId) void this.sendPresence();
    }, PRESENCE_HEARTBEAT_MS);
  }

  stop() {
    this.cancelStart();
    this.connection?.stop();
    this.connection = null;
    clearInterval(this.heartbeat);
    clearTimeout(this.presenceTimer);
    if (this.here.stepId) {
      this.here = { stepId: null, field: null };
      void this.sendPresence();
    }
  }

  // --- what the UI reads (useSyncExternalStore) ---

  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getStatus = () => this.status;
  getViewers = () => this.viewers;
  getRemote = () => this.remote;

  /**
   * Working data changed elsewhere (progress, proposals, knowledge activities, the calendar feed):
   * pages that show it load it again. `null`: what changed is unknown (events were missed).
   */
  onWork(listener: (event: WorkEvent | null) => void) {
    this.workListeners.add(listener);
    return () => {
      this.workListeners.delete(listener);
    };
  }

  private set(change: () => void) {
    change();
    this.listeners.forEach((l) => l());
  }

  // --- presence ---

  /** Where this browser is: on a step (and in which field), or `null` when it left the steps. Throttled. */
  setHere(stepId: StepId | null, field: string | null = null) {
    const next = { stepId, field: stepId && !this.host.readOnly ? field : null };
    if (next.stepId === this.here.stepId && next.field === this.here.field) return;
    this.here = next;
    clearTimeout(this.presenceTimer);
    const wait = this.presenceSentAt + PRESENCE_THROTTLE_MS - Date.now();
    if (wait <= 0) void this.sendPresence();
    else this.presenceTimer = setTimeout(() => void this.sendPresence(), wait);
  }

  private async sendPresence() {
    this.presenceSentAt = Date.now();
    const { stepId, field } = this.here;
    const body = stepId ? { stepId, ...(field ? { field } : {}) } : {};
    // Presence is best effort: a lost update is repeated by the next heartbeat or expires.
    await this.api.presence(this.host.dossier.id, this.host.token, body).catch(() => undefined);
  }

  /** The user typed in this step (the form reports it): someone else's version waits behind a notice. */
  noteTyping(stepId: StepId) {
    this.typedAt[stepId] = Date.now();
  }

  // --- someone else's changes ---

  private onEvent<K extends LiveEventName>(name: K, data: LiveEvents[K]) {
    switch (name) {
      case 'step': {
        const e = data as LiveEvents['step'];
        const actor = this.host.actors[e.stepId];
        if (!actor) return;
        const snap = actor.getSnapshot();
        const known = snap.context.server.revision;
        if (e.revision <= known) return; // ours, or already known
        // Our own save, announced before its answer arrived: the answer brings the same revision.
        if (e.actor.key === this.myKey && snap.matches('saving')) return;
        this.by[e.stepId] = e.actor;
        // The step itself came along and follows on what this browser has: apply it. Without it (too
        // large to send), or when a revision in between was missed, load the dossier.
        if (e.state && e.state.revision === e.revision && e.revision === known + 1) this.offer(e.stepId, e.state);
        else void this.refresh();
        return;
      }
      case 'lifecycle':
      case 'approvals':
        void this.host.refreshAgreement().catch(() => undefined);
        return;
      case 'rounds':
        this.host.onRounds?.(data as LiveEvents['rounds']);
        return;
      case 'work':
        this.workListeners.forEach((l) => l(data as LiveEvents['work']));
        return;
      case 'resync':
        void this.refresh();
        void this.host.refreshAgreement().catch(() => undefined);
        this.host.onRounds?.(null);
        this.workListeners.forEach((l) => l(null));
        return;
      case 'presence': {
        const viewers = (data as LiveEvents['presence']).viewers.filter((v) => v.key !== this.myKey);
        // The same presence again (a heartbeat): keep the list as it is, so nothing re-renders for it.
        if (JSON.stringify(viewers) !== JSON.stringify(this.viewers)) this.set(() => (this.viewers = viewers));
        return;
      }
    }
  }

  /** Loads the dossier (once at a time) and puts newer steps into their actors where that yanks nothing. */
  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        try {
          const fresh = await this.api.getDossier(this.host.dossier.id, this.host.token);
          for (const id of STEP_IDS) this.offer(id, fresh.steps[id]);
        } catch {
          // The next event or reconnect tries again.
        }
      } while (this.refreshAgain);
      this.refreshing = null;
    })();
    return this.refreshing;
  }

  private offer(stepId: StepId, state: StepState) {
    const actor = this.host.actors[stepId];
    const snap = actor.getSnapshot();
    if (state.revision <= snap.context.server.revision) return this.clearRemote(stepId);
    this.latest[stepId] = state;
    const typing = Date.now() - (this.typedAt[stepId] ?? 0) < TYPING_QUIET_MS;
    if (snap.matches('idle') && snap.context.pending === null && !typing) {
      actor.send({ type: 'REMOTE', server: state });
      this.clearRemote(stepId);
    } else if (!this.remote[stepId]) {
      this.set(
        () => (this.remote = { ...this.remote, [stepId]: { by: this.by[stepId] ?? unknownActor, revision: state.revision } }),
      );
    } else {
      this.set(() => undefined);
    }
  }

  private clearRemote(stepId: StepId) {
    if (!this.remote[stepId]) return;
    const { [stepId]: _gone, ...rest } = this.remote;
    this.set(() => (this.remote = rest));
  }

  /**
   * "Nieuwe versie laden": unsent input is saved first and merged on the server as usual (the form then
   * shows the merged result); with nothing unsent, the newer version replaces the form.
   */
  loadRemote(stepId: StepId) {
    const actor = this.host.actors[stepId];
    const snap = actor.getSnapshot();
    this.typedAt[stepId] = 0;
    if (snap.context.pending !== null || !snap.matches('idle')) {
      actor.send({ type: 'FLUSH' });
    } else {
      const latest = this.latest[stepId];
      if (latest) actor.send({ type: 'REMOTE', server: latest });
      else void this.refresh();
    }
    this.clearRemote(stepId);
  }
}

const unknownActor: LiveActor = { key: '', kind: 'invite', partnerId: null, partnerName: null, name: null };
