/**
 * One dossier as a workspace's portfolio shows it, from what the server read of it: the same summary
 * "Samenwerking volgen" shows (next round, overdue actions, months of money left, the search for
 * structural money) plus where the partnership stands (state, steps done, who is aan zet). Pure.
 */
import { allows, type LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import { waitingFor, type StepApprovals } from '#src/domain/approvals';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { numberedRounds } from '#src/domain/follow-up/follow-up';
import { fundingTimeline } from '#src/domain/follow-up/funding-timeline';
import { followUpSummary } from '#src/domain/follow-up/summary';
import { partnerLabel } from '#src/domain/partner-rows';
import type { Partner } from '#src/domain/partners';
import type { StepDefinition, StepId, StepStatus } from '#src/domain/step';
import { openProposals, planRowsOf } from '#src/domain/working/action-plan';
import type { PortfolioRow } from './api';

type StepData = Partial<Record<StepId, Record<string, unknown>>>;

/** A partner by its name alone in a table; by its kind while it has none. */
const nameOf = (p: Partner) => p.name.trim() || partnerLabel(p);

export interface PortfolioInput {
  dossier: { id: string; title: string; gemeente: string; lifecycle: LifecycleState };
  /** The steps as they stand now: status and revision of each, the data of those the row reads. */
  steps: Partial<Record<StepId, { status: StepStatus; revision: number; data?: Record<string, unknown> }>>;
  /** The signed version in force and the steps of its text the row reads; null while nothing is signed. */
  signed: { version: number; steps: StepData } | null;
  rounds: readonly {
    id: string;
    kind: 'evaluatie' | 'nulmeting';
    number: number | null;
    plannedOn: string;
    state: 'gepland' | 'open' | 'gesloten';
  }[];
  /** Recorded progress: action id → status. */
  progress: ReadonlyMap<string, string>;
  proposed: readonly { id: string; action: Record<string, unknown>; carriedFrom: number | null }[];
  approvals: readonly { stepId: string; partnerId: string; revision: number }[];
  /** Partner ids that signed the version up for signing. */
  signedBy: ReadonlySet<string>;
  stepDefinitions: readonly Pick<StepDefinition, 'id' | 'aanZet'>[];
  today: string;
}

/** Who something waits for: akkoord on a step while the text is drafted, a signature while it is up for signing. */
function aanZetOf(input: PortfolioInput, draft: StepData): string[] {
  const partners = partnersFromInitiatief(draft.initiatief);
  const { lifecycle } = input.dossier;
  if (allows(lifecycle, { type: 'EDIT' })) {
    const state: Partial<Record<StepId, StepApprovals>> = {};
    for (const def of input.stepDefinitions) {
      const revision = input.steps[def.id]?.revision ?? 0;
      const approvals = input.approvals
        .filter((a) => a.stepId === def.id)
        .map((a) => ({ partnerId: a.partnerId, revision: a.revision, at: '', name: null }));
      state[def.id] = { revision, approvals };
    }
    return partners.filter((p) => waitingFor(p, input.stepDefinitions, state).length > 0).map(nameOf);
  }
  if (allows(lifecycle, { type: 'SIGN', allSigned: false })) return partners.filter((p) => !input.signedBy.has(p.id)).map(nameOf);
  return [];
}

export function portfolioRow(input: PortfolioInput): PortfolioRow {
  const draft: StepData = Object.fromEntries(Object.entries(input.steps).map(([id, s]) => [id, s?.data ?? {}]));
  // What is in force: the signed text once there is one (also during an amendment), else the draft.
  const basis = input.signed?.steps ?? draft;
  const version = input.signed?.version ?? null;
  const planRows = planRowsOf(basis.taakverdeling?.actionPlan);
  const actions = [
    ...planRows.map((r) => ({ id: r.id as string, action: r })),
    ...openProposals(input.proposed, planRows, version).map((p) => ({ id: p.id, action: p.action })),
  ].map(({ id, action }) => ({
    id,
    status: input.progress.get(id) ?? (typeof action.status === 'string' ? action.status : 'gepland'),
    deadline: typeof action.deadline === 'string' ? action.deadline : undefined,
  }));
  const rounds = numberedRounds(input.rounds);
  const summary = followUpSummary({
    rounds: rounds.map((r) => ({ id: r.id, kind: r.kind, number: r.number, plannedOn: r.plannedOn, state: r.state })),
    actions,
    financiering: basis.financiering,
    structureleFinanciering: basis['structurele-financiering'],
    today: input.today,
  });
  const timeline = fundingTimeline({
    financiering: basis.financiering,
    structureleFinanciering: basis['structurele-financiering'],
    rounds: [],
    today: input.today,
  });
  return {
    id: input.dossier.id,
    title: input.dossier.title,
    gemeente: input.dossier.gemeente,
    schools: partnersFromInitiatief(draft.initiatief)
      .filter((p) => p.kind === 'school')
      .map(nameOf),
    lifecycle: input.dossier.lifecycle,
    stepsDone: input.stepDefinitions.filter((d) => input.steps[d.id]?.status === 'afgerond').length,
    stepsTotal: input.stepDefinitions.length,
    aanZet: aanZetOf(input, draft),
    nextRound: summary.nextRound ? { number: summary.nextRound.number, date: summary.nextRound.date } : null,
    overdueActions: summary.actions.overdue,
    fundingMonthsLeft: summary.funding.monthsLeft ?? null,
    fundingEndsOn: summary.funding.endsOn ?? null,
    hasStructural: summary.funding.hasStructural,
    searchStart: summary.funding.searchStart ?? null,
    searchStarted: summary.funding.searchStarted,
    fundingPeriods: timeline.periods,
  };
}
