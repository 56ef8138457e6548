import type { FundingTimeline } from '#src/domain/follow-up/funding-timeline';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';

const f = followUpPageNl.timeline.facts;

export interface TimelineFact {
  date: string;
  text: string;
}

/** The name a funding source is shown with: its own, or its place in step 3's list. */
export const sourceName = (name: string, index: number) => name || followUpPageNl.timeline.unnamed(index);

/**
 * Everything the timeline picture shows, as sentences in date order: the text equivalent of the
 * picture, for screen readers, print and anyone who reads rather than looks. Pure.
 */
export function timelineFacts(t: FundingTimeline): TimelineFact[] {
  const facts: TimelineFact[] = [{ date: t.today, text: f.today }];
  t.periods.forEach((p, i) => {
    const name = sourceName(p.name, i);
    facts.push({ date: p.from, text: p.to ? f.period(name, p.from, p.to) : f.structuralPeriod(name, p.from) });
    if (p.to && !p.structural) facts.push({ date: p.to, text: f.periodEnds(name) });
  });
  if (t.lastYearFrom) facts.push({ date: t.lastYearFrom, text: f.lastYear });
  if (t.searchStart) facts.push({ date: t.searchStart, text: f.search });
  for (const r of t.rounds) facts.push({ date: r.date, text: f.round(r.number) });
  // A stable order on one day: as pushed (today first, a source's start before its end).
  return facts
    .map((fact, i) => ({ fact, i }))
    .sort((a, b) => a.fact.date.localeCompare(b.fact.date) || a.i - b.i)
    .map((x) => x.fact);
}
