/** The portfolio table as a person narrows and orders it: a search, a phase, a column to sort on. Pure. */
import { LIFECYCLE_STATES, type LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import type { PortfolioRow } from './api';

export const SORT_KEYS = ['title', 'lifecycle', 'stepsDone', 'nextRound', 'overdueActions', 'fundingMonthsLeft'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface PortfolioView {
  /** Words that must all occur in the title, the gemeente, a school or who is aan zet (any case). */
  query: string;
  lifecycle: LifecycleState | '';
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_VIEW: PortfolioView = { query: '', lifecycle: '', sort: 'title', descending: false };

const text = (r: PortfolioRow) => [r.title, r.gemeente, ...r.schools, ...r.aanZet].join(' ').toLocaleLowerCase('nl');

/** Rows without a value for the sorted column (no round planned, no end date) go last either way. */
const valueOf = (r: PortfolioRow, key: SortKey): string | number | null => {
  switch (key) {
    case 'title':
      return r.title.toLocaleLowerCase('nl');
    case 'lifecycle':
      return LIFECYCLE_STATES.indexOf(r.lifecycle);
    case 'nextRound':
      return r.nextRound?.date ?? null;
    default:
      return r[key];
  }
};

export function viewRows(rows: readonly PortfolioRow[], view: PortfolioView): PortfolioRow[] {
  const words = view.query.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  const kept = rows.filter((r) => (!view.lifecycle || r.lifecycle === view.lifecycle) && words.every((w) => text(r).includes(w)));
  return kept.sort((a, b) => {
    const x = valueOf(a, view.sort);
    const y = valueOf(b, view.sort);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl');
    return (view.descending ? -order : order) || a.title.localeCompare(b.title, 'nl');
  });
}

/** Every date of the funding across dossiers, in order: when temporary money ends, when to start looking. */
export function fundingEvents(rows: readonly PortfolioRow[]) {
  return rows
    .flatMap((r) => [
      ...(r.fundingEndsOn ? [{ date: r.fundingEndsOn, kind: 'einde' as const, dossierId: r.id, title: r.title }] : []),
      ...(r.searchStart ? [{ date: r.searchStart, kind: 'zoeken' as const, dossierId: r.id, title: r.title }] : []),
    ])
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'nl'));
}
