/**
 * The funding of a partnership on one line of time: each source's period, today, the day to start
 * looking for structural money, the last twelve months before temporary money runs out (the plan asks
 * for at least a year of funding ahead), and the planned evaluation rounds. Pure; the page draws it
 * and lists the same facts as text.
 */
import { monthsBetween, temporaryFundingEnd } from '#src/domain/funding';
import { addMonths } from '#src/domain/dates';

export interface FundingPeriod {
  id: string;
  name: string;
  from: string;
  /** null: structural money without an end date. */
  to: string | null;
  structural: boolean;
}

export interface FundingTimeline {
  /** The span the picture covers: from the first start (or today) to past the last date shown. */
  range: { from: string; to: string };
  today: string;
  periods: FundingPeriod[];
  /** The latest end of temporary money, when there is any. */
  temporaryEnd?: string;
  /** From here on less than twelve months of temporary money is left. */
  lastYearFrom?: string;
  searchStart?: string;
  rounds: { date: string; number: number }[];
  /** Whole months from today until temporary money ends (0 once it has); undefined without an end. */
  monthsLeft?: number;
  /** Some money runs on without an end date. */
  hasStructural: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO.test(v);
const rows = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object') : [];

export function fundingTimeline(input: {
  financiering?: Record<string, unknown>;
  structureleFinanciering?: Record<string, unknown>;
  rounds: readonly { plannedOn: string | null; number: number; kind: string }[];
  today: string;
}): FundingTimeline {
  const periods: FundingPeriod[] = rows(input.financiering?.sources)
    .filter((s) => isDate(s.from))
    .map((s, i) => ({
      id: typeof s.id === 'string' ? s.id : `bron-${i + 1}`,
      name: typeof s.name === 'string' ? s.name.trim() : '',
      from: s.from as string,
      to: isDate(s.to) ? s.to : null,
      structural: s.structural === true,
    }))
    .sort((a, b) => a.from.localeCompare(b.from));
  const temporaryEnd = temporaryFundingEnd(periods.map((p) => ({ to: p.to ?? undefined, structural: p.structural })));
  const searchStart = [input.structureleFinanciering?.searchStart, input.financiering?.structuralSearchStart].find(isDate);
  const rounds = input.rounds
    .filter((r) => r.kind === 'evaluatie' && isDate(r.plannedOn))
    .map((r) => ({ date: r.plannedOn as string, number: r.number }))
    .sort((a, b) => a.date.localeCompare(b.date));

  const shown = [input.today, ...periods.flatMap((p) => [p.from, p.to ?? '']), searchStart ?? '', ...rounds.map((r) => r.date)]
    .filter(isDate)
    .sort();
  const from = shown[0]!;
  // A little room after the last date, so an end does not sit on the edge of the picture.
  const to = addMonths(shown.at(-1)!, 3)!;

  return {
    range: { from, to },
    today: input.today,
    periods,
    temporaryEnd,
    lastYearFrom: temporaryEnd ? addMonths(temporaryEnd, -12) : undefined,
    searchStart,
    rounds,
    monthsLeft: temporaryEnd ? (temporaryEnd < input.today ? 0 : monthsBetween(input.today, temporaryEnd)) : undefined,
    hasStructural: periods.some((p) => p.structural),
  };
}
