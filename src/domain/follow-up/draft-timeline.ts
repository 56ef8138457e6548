/**
 * The funding timeline from the step data alone, for steps 3 and 11: it works before anything is
 * signed, with the rounds step 10's schedule will plan. (After signing, the follow-up home shows the
 * rounds as actually planned, moved or added.) Pure.
 */
import type { StepId } from '#src/domain/step';
import { scheduledRounds } from '#src/domain/evaluation/planning';
import { fundingTimeline, type FundingTimeline } from './funding-timeline';

export function draftFundingTimeline(steps: Partial<Record<StepId, Record<string, unknown>>>, today: string): FundingTimeline {
  return fundingTimeline({
    financiering: steps.financiering,
    structureleFinanciering: steps['structurele-financiering'],
    rounds: scheduledRounds(steps.evaluatie, today),
    today,
  });
}
