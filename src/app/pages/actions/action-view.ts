/**
 * Pure view logic of "Actieplan volgen": which actions a filter shows, how an action's lead, progress
 * and history are worded, and what the progress form starts from and sends. Filters are view state:
 * they choose which actions are shown, never what is stored.
 */
import type { ActionStatus } from '#src/domain/evaluation/atoms';
import type { Partner } from '#src/domain/partners';
import type { ActionPlanView, PlanAction, ProgressBody, ProgressChange } from '#src/domain/working/api';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { statusLabel } from '#src/tools/action-plan/view';

const t = actionsPageNl;

export interface ActionsFilter {
  /** '' shows every status. */
  status: ActionStatus | '';
  overdueOnly: boolean;
}

export const SHOW_ALL: ActionsFilter = { status: '', overdueOnly: false };

export const showsAction = (a: Pick<PlanAction, 'status' | 'overdue'>, filter: ActionsFilter) =>
  (!filter.status || a.status === filter.status) && (!filter.overdueOnly || a.overdue);

/**
 * The actions a filter hides, decided when the filter is chosen: an action saved meanwhile does not
 * vanish under the person's hands, and a new proposal always shows.
 */
export const hiddenBy = (actions: readonly PlanAction[], filter: ActionsFilter): ReadonlySet<string> =>
  new Set(actions.filter((a) => !showsAction(a, filter)).map((a) => a.id));

/** The signed plan's actions and the ones proposed since, without the hidden ones. */
export function groupActions(actions: readonly PlanAction[], hidden: ReadonlySet<string>) {
  const shown = actions.filter((a) => !hidden.has(a.id));
  return {
    plan: shown.filter((a) => a.source === 'plan'),
    proposed: shown.filter((a) => a.source === 'voorstel'),
    shown: shown.length,
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** What the action is, as its row says it; a row without words still gets a name. */
export const actionTitle = (a: Pick<PlanAction, 'action'>) => text(a.action.what) || t.action.untitled;

/** "Marieke Bos (Het Zeekompas)": the trekker and the lead organisation, as far as the row names them. */
export function actionLead(a: Pick<PlanAction, 'action'>, partners: readonly Partner[]): string {
  const partnerId = text(a.action.leadPartnerId);
  const organisation = partners.find((p) => p.id === partnerId)?.name ?? '';
  const person = text(a.action.leadPerson);
  if (person && organisation) return `${person} (${organisation})`;
  return person || organisation || t.action.noLead;
}

export const actionDeadline = (a: Pick<PlanAction, 'action'>) => {
  const deadline = text(a.action.deadline);
  return /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? deadline : null;
};

/** Who did something, as the audit log names them, without the link's id (no ids for people to read). */
export const personOf = (by: string) => by.replace(/ \(link [^)]*\)$/, '');

/** One change of the status history, in sentences (newest first is the caller's choice). */
export function historyLines(change: ProgressChange): string[] {
  const who =
    change.person && change.partnerName ? `${change.person} (${change.partnerName})` : change.person || personOf(change.by);
  return [
    t.history.change(change.from ? statusLabel(change.from) : null, statusLabel(change.to)),
    t.history.when(change.at, who),
    change.roundNumber !== null ? t.history.round(change.roundNumber) : '',
    change.to === 'gereed' && change.doneOn ? t.history.doneOn(change.doneOn) : '',
    change.note ? t.history.note(change.note) : '',
  ].filter(Boolean);
}

/** What the progress form holds. */
export interface ProgressValues {
  status: ActionStatus;
  note: string;
  /** '' while not done. */
  doneOn: string;
}

/** The form's values for an action as the server has it now. */
export const progressValues = (a: Pick<PlanAction, 'status' | 'progress'>): ProgressValues => ({
  status: a.status,
  note: a.progress?.note ?? '',
  doneOn: a.progress?.doneOn ?? '',
});

/** What a save sends: a day done only with `gereed` (left out, the server takes today). */
export const progressBodyOf = (values: ProgressValues, revision: number): ProgressBody => ({
  status: values.status,
  note: values.note,
  doneOn: values.status === 'gereed' && values.doneOn ? values.doneOn : null,
  revision,
});

/** The day done to show when the status is set to gereed: what was typed, else today. */
export const doneOnFor = (status: ActionStatus, doneOn: string, today: string) =>
  status === 'gereed' ? doneOn || today : doneOn;

/** The same progress as far as it is stored: the day done counts only with gereed. */
export const sameProgress = (a: ProgressValues, b: ProgressValues) =>
  a.status === b.status && a.note === b.note && (a.status !== 'gereed' || a.doneOn === b.doneOn);

/** The progress revision the server has for an action (0: nothing recorded yet). */
export const progressRevision = (a: Pick<PlanAction, 'progress'>) => a.progress?.revision ?? 0;

/** A form field name for an action: field ids must differ per action, and a name may not hold dots. */
export const fieldKey = (id: string) => `a_${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** The plan with its actions replaced and the counts on top recomputed, as the server counts them. */
export function planWith(plan: ActionPlanView, actions: PlanAction[]): ActionPlanView {
  const done = actions.filter((a) => a.status === 'gereed').length;
  return {
    ...plan,
    actions,
    summary: {
      total: actions.length,
      done,
      overdue: actions.filter((a) => a.overdue).length,
      percentDone: actions.length === 0 ? null : Math.round((done / actions.length) * 100),
    },
  };
}

/** The plan after one action was saved here (a new proposal goes last). */
export const planWithAction = (plan: ActionPlanView, changed: PlanAction) =>
  planWith(
    plan,
    plan.actions.some((a) => a.id === changed.id)
      ? plan.actions.map((a) => (a.id === changed.id ? changed : a))
      : [...plan.actions, changed],
  );

/** The plan after a proposal was removed here. */
export const planWithout = (plan: ActionPlanView, id: string) =>
  planWith(
    plan,
    plan.actions.filter((a) => a.id !== id),
  );
