/**
 * The dates a partnership lives by once its agreement is signed: evaluation rounds, action deadlines,
 * the end of each temporary funding source, the date to start looking for structural money, and the
 * deadlines of the routes to it. One list feeds the calendar feed, "Toevoegen aan agenda", the funding
 * timeline and the follow-up home. Pure: the caller passes the step data (the signed text while an
 * agreement is in force) and the rounds.
 */
import { followUpNl as t } from '#src/i18n/nl/follow-up';

export type KeyDateKind = 'ronde' | 'nulmeting' | 'actie' | 'financiering-eind' | 'zoeken-start' | 'route';

export interface KeyDate {
  /** Stable across edits, so a calendar updates the event instead of adding another. */
  uid: string;
  kind: KeyDateKind;
  /** `YYYY-MM-DD`; every key date is a whole day. */
  date: string;
  title: string;
  description: string;
  /** Grows whenever what the event is built from changes (RFC 5545 SEQUENCE). */
  sequence: number;
  /** A reminder a week ahead: for rounds and the start of the search, which need preparation. */
  remindWeekBefore: boolean;
}

export interface KeyDateRound {
  id: string;
  kind: 'evaluatie' | 'nulmeting';
  number: number;
  plannedOn: string | null;
  revision: number;
}

export interface KeyDateStep {
  data: Record<string, unknown>;
  revision: number;
}

export interface KeyDateInput {
  dossier: { id: string; title: string };
  steps: { financiering?: KeyDateStep; taakverdeling?: KeyDateStep; 'structurele-financiering'?: KeyDateStep };
  rounds: readonly KeyDateRound[];
  /** Actions added since the signed version (working data); `done` ones need no reminder. */
  extraActions?: readonly { id: string; what?: string; deadline?: string; revision: number }[];
  /** Per action id, whether it is done (working data): a finished action's deadline is left out. */
  done?: ReadonlySet<string>;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v);
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const rows = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object') : [];

export function keyDates(input: KeyDateInput): KeyDate[] {
  const { dossier } = input;
  const uid = (kind: string, id: string) => `${kind}-${id}.${dossier.id}@samenwerkwijzer`;
  const out: KeyDate[] = [];

  for (const r of input.rounds) {
    if (!isDate(r.plannedOn)) continue;
    const baseline = r.kind === 'nulmeting';
    out.push({
      uid: uid('ronde', r.id),
      kind: baseline ? 'nulmeting' : 'ronde',
      date: r.plannedOn,
      title: baseline ? t.baseline(dossier.title) : t.round(r.number, dossier.title),
      description: t.roundDescription,
      sequence: r.revision,
      remindWeekBefore: true,
    });
  }

  const plan = input.steps.taakverdeling;
  const actions = [
    ...rows(plan?.data.actionPlan).map((a) => ({
      id: str(a.id),
      what: str(a.what),
      deadline: a.deadline,
      revision: plan!.revision,
    })),
    ...(input.extraActions ?? []).map((a) => ({ ...a, what: str(a.what) })),
  ];
  for (const a of actions) {
    if (!a.id || !isDate(a.deadline) || input.done?.has(a.id)) continue;
    out.push({
      uid: uid('actie', a.id),
      kind: 'actie',
      date: a.deadline,
      title: t.actionDue(a.what || t.unnamedAction),
      description: t.actionDueDescription(dossier.title),
      sequence: a.revision,
      remindWeekBefore: false,
    });
  }

  const funding = input.steps.financiering;
  for (const s of rows(funding?.data.sources)) {
    if (!isDate(s.to) || s.structural === true || !str(s.id)) continue;
    out.push({
      uid: uid('financiering', str(s.id)),
      kind: 'financiering-eind',
      date: s.to,
      title: t.fundingEnds(str(s.name) || t.unnamedSource),
      description: t.fundingEndsDescription(dossier.title),
      sequence: funding!.revision,
      remindWeekBefore: false,
    });
  }

  // Step 11's own search start wins over step 3's (see effectiveSearchStart in step 11).
  const structural = input.steps['structurele-financiering'];
  const search = isDate(structural?.data.searchStart) ? structural : funding;
  const searchStart = isDate(structural?.data.searchStart) ? structural!.data.searchStart : funding?.data.structuralSearchStart;
  if (isDate(searchStart)) {
    out.push({
      uid: uid('zoeken', 'structureel'),
      kind: 'zoeken-start',
      date: searchStart,
      title: t.searchStart(dossier.title),
      description: t.searchStartDescription,
      sequence: search!.revision,
      remindWeekBefore: true,
    });
  }

  for (const r of rows(structural?.data.routes)) {
    if (!isDate(r.deadline) || !str(r.id) || r.status === 'toegekend' || r.status === 'afgewezen') continue;
    out.push({
      uid: uid('route', str(r.id)),
      kind: 'route',
      date: r.deadline,
      title: t.routeDeadline(str(r.description).split('\n')[0]!.slice(0, 80) || t.unnamedRoute),
      description: t.routeDeadlineDescription(dossier.title),
      sequence: structural!.revision,
      remindWeekBefore: false,
    });
  }

  return out.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}
