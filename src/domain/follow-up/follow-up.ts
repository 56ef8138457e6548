/**
 * Everything "Samenwerking volgen" and the calendar need, from the agreement text (the signed version
 * in force, or the draft while nothing is signed) and the working data: the rounds, and the action
 * plan with its progress. Pure.
 */
import type { ActionPlanView } from '#src/domain/working/api';
import type { FollowUp } from './api';
import { fundingTimeline } from './funding-timeline';
import { keyDates, type KeyDateInput, type KeyDateStep } from './key-dates';
import { followUpSummary } from './summary';

export interface FollowUpRound {
  id: string;
  kind: 'evaluatie' | 'nulmeting';
  /** Null while planned: it gets its number when it opens. */
  number: number | null;
  plannedOn: string;
  state: 'gepland' | 'open' | 'gesloten';
  revision: number;
  progress: { responded: number; invitees: number; paper: number };
}

export interface FollowUpInput {
  dossier: { id: string; title: string };
  version: number | null;
  /** The steps the dates come from, each with its data and the revision of the step. */
  steps: KeyDateInput['steps'];
  rounds: readonly FollowUpRound[];
  plan: ActionPlanView;
  today: string;
}

/**
 * Rounds with the number they have or will have: held ones keep theirs, planned ones follow in date
 * order after the highest number of their kind, as they would be numbered when opened in that order.
 */
export function numberedRounds<R extends Pick<FollowUpRound, 'id' | 'kind' | 'number' | 'plannedOn'>>(
  rounds: readonly R[],
): (R & { number: number })[] {
  const next = new Map<string, number>();
  for (const r of rounds) if (r.number !== null) next.set(r.kind, Math.max(next.get(r.kind) ?? 0, r.number));
  const planned = rounds
    .filter((r) => r.number === null)
    .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn) || a.id.localeCompare(b.id));
  const given = new Map<string, number>();
  for (const r of planned) {
    const n = (next.get(r.kind) ?? 0) + 1;
    next.set(r.kind, n);
    given.set(r.id, n);
  }
  return rounds.map((r) => ({ ...r, number: r.number ?? given.get(r.id)! }));
}

export function followUpOf(input: FollowUpInput): FollowUp {
  const rounds = numberedRounds(input.rounds);
  const data = (step?: KeyDateStep) => step?.data;
  const proposals = input.plan.actions.filter((a) => a.source === 'voorstel');
  const dates = keyDates({
    dossier: input.dossier,
    steps: input.steps,
    rounds: rounds.map((r) => ({ id: r.id, kind: r.kind, number: r.number, plannedOn: r.plannedOn, revision: r.revision })),
    extraActions: proposals.map((a) => ({
      id: a.id,
      what: typeof a.action.what === 'string' ? a.action.what : '',
      deadline: typeof a.action.deadline === 'string' ? a.action.deadline : undefined,
      revision: a.proposal?.revision ?? 1,
    })),
    done: new Set(input.plan.actions.filter((a) => a.status === 'gereed').map((a) => a.id)),
  });
  return {
    version: input.version,
    today: input.today,
    summary: followUpSummary({
      rounds: rounds.map((r) => ({
        id: r.id,
        kind: r.kind,
        number: r.number,
        plannedOn: r.plannedOn,
        state: r.state,
        answered: r.progress.responded,
        invited: r.progress.invitees,
      })),
      actions: input.plan.actions.map((a) => ({
        id: a.id,
        status: a.status,
        deadline: typeof a.action.deadline === 'string' ? a.action.deadline : undefined,
      })),
      financiering: data(input.steps.financiering),
      structureleFinanciering: data(input.steps['structurele-financiering']),
      today: input.today,
    }),
    timeline: fundingTimeline({
      financiering: data(input.steps.financiering),
      structureleFinanciering: data(input.steps['structurele-financiering']),
      rounds,
      today: input.today,
    }),
    keyDates: dates,
  };
}
