import { createActor, fromPromise } from 'xstate';
import type { Me } from '#src/domain/access';
import type { ConflictResponse, PutStepResponse, StepState } from '#src/domain/dossier';
import { hasAnyAnswer } from '#src/domain/evaluation/answers';
import type { CheckpointKind } from '#src/domain/evaluation/atoms';
import type { CreateRoundBody, Round, RoundDetail, RoundResponse } from '#src/domain/evaluation/api';
import { todayInAmsterdam } from '#src/domain/dates';
import { newRowId } from '#src/domain/fields';
import { actorKey, type RoundsEvent } from '#src/domain/live';
import { mergeStepData } from '#src/domain/merge';
import { roundsNl } from '#src/i18n/nl/rounds';
import { ApiError, type Api } from './api';
import { autosaveMachine, type SaveInput, type StepSyncActor } from './autosave.machine';
import { clearPendingAnswers, pendingSheets, readPendingAnswers, writePendingAnswers } from './answer-pending-store';
import { absoluteStudentLink, rememberStudentLink, studentLinkFor } from './student-link-store';
import { Store } from './store';

/** What the rounds need of the open dossier. */
export interface RoundsHost {
  readonly dossier: { id: string };
  readonly token: string;
  readonly me: Me;
}

/** Who a paper form is from: the organisation and the person's name or function. */
export interface PaperWho {
  partnerId: string;
  person: string;
}

/**
 * One person's answers in one round, autosaved like a step by the same machine: its data is
 * `{ answers }`, plus `{ partnerId, person }` for a paper form typed in by an editing link.
 */
export interface AnswerSheet {
  roundId: string;
  /** `me`, or the id of the paper form. */
  id: string;
  paper: boolean;
  actor: StepSyncActor;
}

export const MY_SHEET = 'me';

const isConflict = (e: unknown): e is ApiError =>
  e instanceof ApiError && e.status === 409 && !!e.body && typeof e.body === 'object' && 'current' in e.body;

/** A stored response as the autosave machine keeps a step. */
function sheetState(r: RoundResponse | null, paper: boolean, who?: PaperWho): StepState {
  const answers = r?.answers ?? {};
  const data: Record<string, unknown> = paper
    ? { answers, partnerId: r?.partnerId ?? who?.partnerId ?? '', person: r?.person ?? who?.person ?? '' }
    : { answers };
  return {
    data,
    revision: r?.revision ?? 0,
    status: r?.complete ? 'afgerond' : hasAnyAnswer(answers) ? 'bezig' : 'leeg',
    updatedAt: r?.updatedAt ?? null,
  };
}

const asResponse = (state: StepState): PutStepResponse => ({
  data: state.data,
  revision: state.revision,
  status: state.status,
  updatedAt: state.updatedAt ?? new Date().toISOString(),
});

const answersOf = (data: Record<string, unknown>) =>
  data.answers && typeof data.answers === 'object' && !Array.isArray(data.answers)
    ? (data.answers as Record<string, unknown>)
    : {};

/**
 * The rounds of the open dossier, through the dossier's door: planning, opening and closing, every
 * person's own answers and paper forms (one autosave actor per answer sheet, alive while the dossier
 * is open, so leaving the page never cancels a save), and the students' link. `changes` counts what
 * was heard (live events and actions here), so pages reload their lists and counts.
 */
export class RoundsSync {
  readonly changes = new Store(0);
  private readonly sheets = new Map<string, Promise<AnswerSheet>>();
  private readonly started = new Set<StepSyncActor>();
  private readonly onOnline = () => this.started.forEach((a) => a.send({ type: 'FLUSH' }));

  constructor(
    private readonly host: RoundsHost,
    private readonly api: Api,
  ) {}

  private get id() {
    return this.host.dossier.id;
  }

  // Back online: unsent answers go out at once (no window outside a browser, e.g. in Node tests).
  start() {
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
  }

  stop() {
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
    this.started.forEach((a) => a.stop());
    this.started.clear();
    this.sheets.clear();
  }

  /** A rounds event from the live stream (null: too much was missed), or an action here. */
  noteEvent(_event: RoundsEvent | null) {
    this.changes.set(this.changes.get() + 1);
  }

  private async changing<T>(request: Promise<T>): Promise<T> {
    const result = await request;
    this.noteEvent(null);
    return result;
  }

  // --- rounds ---

  list(): Promise<Round[]> {
    return this.api.rounds(this.id, this.host.token).then((r) => r.rounds);
  }

  get(roundId: string): Promise<RoundDetail> {
    return this.api.round(this.id, this.host.token, roundId);
  }

  create(body: CreateRoundBody) {
    return this.changing(this.api.createRound(this.id, this.host.token, body));
  }

  /** Moves a planned round; refused (409) when someone changed it meanwhile. */
  move(round: Round, plannedOn: string) {
    return this.changing(this.api.updateRound(this.id, this.host.token, round.id, { revision: round.revision, plannedOn }));
  }

  setFocus(round: Round, focus: CheckpointKind | null) {
    return this.changing(this.api.updateRound(this.id, this.host.token, round.id, { revision: round.revision, focus }));
  }

  remove(roundId: string) {
    return this.changing(this.api.deleteRound(this.id, this.host.token, roundId));
  }

  open(roundId: string) {
    return this.changing(this.api.openRound(this.id, this.host.token, roundId));
  }

  /** Owner only. What was typed here is sent first, so one's own last answers are in. */
  async close(roundId: string) {
    this.started.forEach((a) => a.send({ type: 'FLUSH' }));
    return this.changing(this.api.closeRound(this.id, this.host.token, roundId));
  }

  /** Step 4's baseline as a round: planned today and opened at once, so everyone can score. */
  async startBaseline() {
    const created = await this.api.createRound(this.id, this.host.token, { kind: 'nulmeting', plannedOn: todayInAmsterdam() });
    return this.changing(this.api.openRound(this.id, this.host.token, created.round.id));
  }

  // --- answer sheets ---

  /** This link's own answers in a round. */
  mySheet(roundId: string): Promise<AnswerSheet> {
    return this.sheet(roundId, MY_SHEET, async () => {
      const mine = await this.api.myAnswers(this.id, this.host.token, roundId);
      return sheetState(mine, false);
    });
  }

  /** The paper forms this link typed in for a round, with any still unsent from this browser. */
  async paperEntries(roundId: string): Promise<RoundResponse[]> {
    const { entries } = await this.api.paperAnswers(this.id, this.host.token, roundId);
    const known = new Set(entries.map((e) => e.respondentKey.replace(/^paper:/, '')));
    const unsent = pendingSheets(this.id, roundId)
      .filter((s) => s.startsWith('paper-') && !known.has(s.slice('paper-'.length)))
      .flatMap((s) => {
        const pending = readPendingAnswers(this.id, roundId, s);
        if (!pending) return [];
        const d = pending.data;
        return [
          {
            respondentKey: `paper:${s.slice('paper-'.length)}`,
            partnerId: typeof d.partnerId === 'string' ? d.partnerId : null,
            person: typeof d.person === 'string' ? d.person : null,
            enteredBy: null,
            answers: answersOf(d),
            complete: false,
            revision: 0,
            updatedAt: null,
          } satisfies RoundResponse,
        ];
      });
    return [...entries, ...unsent];
  }

  /** Starts a new paper form for a named person; saved at once, so it is listed everywhere. */
  async newPaperSheet(roundId: string, who: PaperWho): Promise<AnswerSheet> {
    const entryId = newRowId();
    const sheet = await this.sheet(roundId, entryId, async () => sheetState(null, true, who), true);
    sheet.actor.send({ type: 'EDIT', data: { answers: {}, ...who } });
    sheet.actor.send({ type: 'FLUSH' });
    return sheet;
  }

  /** A paper form typed in earlier by this link (or still unsent from this browser). */
  paperSheet(roundId: string, entryId: string): Promise<AnswerSheet> {
    return this.sheet(
      roundId,
      entryId,
      async () => {
        const { entries } = await this.api.paperAnswers(this.id, this.host.token, roundId);
        const found = entries.find((e) => e.respondentKey === `paper:${entryId}`);
        if (found) return sheetState(found, true);
        if (readPendingAnswers(this.id, roundId, `paper-${entryId}`)) return sheetState(null, true);
        throw new ApiError(404, roundsNl.paper.unknown);
      },
      true,
    );
  }

  async removePaper(roundId: string, entryId: string) {
    await this.api.deletePaperAnswers(this.id, this.host.token, roundId, entryId).catch((e: unknown) => {
      // Never saved on the server (only in this browser): removing it here is all there is to do.
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    });
    const key = `${roundId}#${entryId}`;
    const sheet = await this.sheets.get(key)?.catch(() => undefined);
    if (sheet) {
      sheet.actor.stop();
      this.started.delete(sheet.actor);
      this.sheets.delete(key);
    }
    clearPendingAnswers(this.id, roundId, `paper-${entryId}`);
    this.noteEvent(null);
  }

  private sheet(roundId: string, id: string, load: () => Promise<StepState>, paper = false): Promise<AnswerSheet> {
    const key = `${roundId}#${id}`;
    let found = this.sheets.get(key);
    if (!found) {
      found = load().then((server) => this.startSheet(roundId, id, paper, server));
      // A failed load is tried again next time.
      found.catch(() => this.sheets.delete(key));
      this.sheets.set(key, found);
    }
    return found;
  }

  private startSheet(roundId: string, id: string, paper: boolean, server: StepState): AnswerSheet {
    // One's own answers are kept per link: a reading link in this browser has its own.
    const storeKey = paper ? `paper-${id}` : `${MY_SHEET}-${actorKey(this.host.me)}`;
    const pending = readPendingAnswers(this.id, roundId, storeKey);
    const send = (data: Record<string, unknown>, baseRevision: number, complete: boolean) => {
      const answers = { answers: answersOf(data), baseRevision, ...(complete ? { complete: true } : {}) };
      return paper
        ? this.api.putPaperAnswers(this.id, this.host.token, roundId, id, {
            ...answers,
            partnerId: String(data.partnerId ?? ''),
            person: String(data.person ?? ''),
          })
        : this.api.putMyAnswers(this.id, this.host.token, roundId, answers);
    };
    // The server stores the answers as its draft schema reads them (empty entries dropped). The form
    // keeps what it sent: handing the normalised copy back would remount the form after every save.
    const saved = async (data: Record<string, unknown>, baseRevision: number, complete: boolean) =>
      asResponse({ ...sheetState(await send(data, baseRevision, complete), paper), data });
    const save = async ({ data, baseRevision, complete }: SaveInput): Promise<PutStepResponse> => {
      try {
        return await saved(data, baseRevision, complete);
      } catch (e) {
        if (!isConflict(e)) throw e;
        // Saved meanwhile elsewhere (another window of the same person): what both sides changed
        // apart is combined; the same answer changed differently is for the person to choose.
        const body = e.body as { current: RoundResponse | null };
        // Nothing stored any more (a paper form removed elsewhere): this input makes it anew.
        if (!body.current) return saved(data, 0, complete);
        const theirs = sheetState(body.current, paper);
        const base = actor.getSnapshot().context.server.data;
        const merged = mergeStepData(base, theirs.data, data);
        if (merged.ok) {
          try {
            return await saved(merged.data, theirs.revision, complete);
          } catch (again) {
            if (!isConflict(again)) throw again;
          }
        }
        throw new ApiError(409, e.message, {
          error: e.message,
          current: theirs,
          conflictingFields: merged.ok ? [] : merged.conflicts,
          conflicts: merged.ok ? [] : merged.details,
        } satisfies ConflictResponse);
      }
    };
    const machine = autosaveMachine.provide({
      actors: { save: fromPromise<PutStepResponse, SaveInput>(({ input }) => save(input)) },
      actions: {
        persist: (_, params) => writePendingAnswers(this.id, roundId, storeKey, { ...params, at: new Date().toISOString() }),
        forget: () => clearPendingAnswers(this.id, roundId, storeKey),
      },
    });
    const actor: StepSyncActor = createActor(machine, { input: { server, pending: pending?.data ?? null } });
    actor.start();
    this.started.add(actor);
    return { roundId, id, paper, actor };
  }

  // --- results of closed rounds ---

  /** Per question, per partner, texts, actions, goals and students of a closed round (409 while it is open). */
  results(roundId: string) {
    return this.api.roundResults(this.id, this.host.token, roundId);
  }

  /** Every measure across the closed evaluation rounds, with step 4's baseline. */
  trends() {
    return this.api.trends(this.id, this.host.token).then((t) => t.series);
  }

  /** "Evaluatieverslag ronde n" as a PDF. */
  reportPdf(roundId: string) {
    return this.api.roundReportPdf(this.id, this.host.token, roundId);
  }

  // --- students ---

  /** A new student link (the one before stops working), kept in this browser; returns the full address. */
  async newStudentLink(roundId: string) {
    const created = await this.changing(this.api.createStudentSurvey(this.id, this.host.token, roundId));
    const link = absoluteStudentLink(created.link);
    rememberStudentLink(this.id, roundId, link);
    return link;
  }

  /** The student link made in this browser, if any. */
  studentLink(roundId: string): string | undefined {
    return studentLinkFor(this.id, roundId)?.link;
  }
}
