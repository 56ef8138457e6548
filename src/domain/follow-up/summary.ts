/**
 * What the home of a signed partnership ("Samenwerking volgen") shows at a glance: the next round, how
 * far an open round is, actions past their end date, and how long the money lasts. Pure.
 */
import { fundingTimeline } from './funding-timeline';

export interface SummaryRound {
  id: string;
  kind: 'evaluatie' | 'nulmeting';
  number: number;
  plannedOn: string | null;
  state: 'gepland' | 'open' | 'gesloten';
  /** For an open round: how many have answered, of how many invited. */
  answered?: number;
  invited?: number;
}

export interface SummaryAction {
  id: string;
  deadline?: string;
  /** The action's current status (working data after signing). */
  status?: string;
}

export interface FollowUpSummary {
  nextRound?: { id: string; number: number; date: string };
  openRound?: { id: string; number: number; answered: number; invited: number };
  actions: { total: number; done: number; overdue: number };
  funding: { monthsLeft?: number; endsOn?: string; hasStructural: boolean; searchStart?: string; searchStarted: boolean };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function followUpSummary(input: {
  rounds: readonly SummaryRound[];
  actions: readonly SummaryAction[];
  financiering?: Record<string, unknown>;
  structureleFinanciering?: Record<string, unknown>;
  today: string;
}): FollowUpSummary {
  const evaluation = input.rounds.filter((r) => r.kind === 'evaluatie');
  const next = evaluation
    .filter((r) => r.state === 'gepland' && r.plannedOn && ISO.test(r.plannedOn) && r.plannedOn >= input.today)
    .sort((a, b) => a.plannedOn!.localeCompare(b.plannedOn!))[0];
  const open = evaluation.find((r) => r.state === 'open');
  const done = input.actions.filter((a) => a.status === 'gereed').length;
  const overdue = input.actions.filter(
    (a) => a.status !== 'gereed' && typeof a.deadline === 'string' && ISO.test(a.deadline) && a.deadline < input.today,
  ).length;
  const timeline = fundingTimeline({
    financiering: input.financiering,
    structureleFinanciering: input.structureleFinanciering,
    rounds: [],
    today: input.today,
  });
  return {
    ...(next ? { nextRound: { id: next.id, number: next.number, date: next.plannedOn! } } : {}),
    ...(open
      ? { openRound: { id: open.id, number: open.number, answered: open.answered ?? 0, invited: open.invited ?? 0 } }
      : {}),
    actions: { total: input.actions.length, done, overdue },
    funding: {
      monthsLeft: timeline.monthsLeft,
      endsOn: timeline.temporaryEnd,
      hasStructural: timeline.hasStructural,
      searchStart: timeline.searchStart,
      searchStarted: !!timeline.searchStart && timeline.searchStart <= input.today,
    },
  };
}
