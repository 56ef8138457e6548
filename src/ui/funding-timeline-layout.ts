import type { FundingTimeline } from '#src/domain/follow-up/funding-timeline';

/** A place on the timeline, as a percentage of its width from the left. */
type Pct = number;

export interface TimelineLayout {
  bars: { id: string; name: string; from: string; to: string | null; structural: boolean; left: Pct; width: Pct }[];
  today: Pct;
  searchStart?: Pct;
  /** The last twelve months of temporary money. */
  lastYear?: { left: Pct; width: Pct };
  rounds: { number: number; date: string; left: Pct }[];
  /** Where each calendar year starts, for the scale under the bars. */
  years: { year: number; left: Pct }[];
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Where everything of a funding timeline sits, in percentages of the picture's width, so plain HTML
 * and CSS can draw it (and it scales down to a phone). Pure; dates outside the range are clamped.
 */
export function timelineLayout(t: FundingTimeline): TimelineLayout {
  const start = dayNumber(t.range.from);
  const span = Math.max(1, dayNumber(t.range.to) - start);
  const at = (date: string) => round1(Math.min(100, Math.max(0, ((dayNumber(date) - start) / span) * 100)));
  const firstYear = Number(t.range.from.slice(0, 4));
  const lastYear = Number(t.range.to.slice(0, 4));
  const years = [];
  for (let y = firstYear + 1; y <= lastYear; y++) years.push({ year: y, left: at(`${y}-01-01`) });
  return {
    bars: t.periods.map((p) => ({ ...p, left: at(p.from), width: round1((p.to ? at(p.to) : 100) - at(p.from)) })),
    today: at(t.today),
    ...(t.searchStart ? { searchStart: at(t.searchStart) } : {}),
    ...(t.lastYearFrom && t.temporaryEnd
      ? { lastYear: { left: at(t.lastYearFrom), width: round1(at(t.temporaryEnd) - at(t.lastYearFrom)) } }
      : {}),
    rounds: t.rounds.map((r) => ({ ...r, left: at(r.date) })),
    years,
  };
}
