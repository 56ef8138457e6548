/** The portfolio as CSV for Dutch Excel (see src/domain/csv.ts): the same figures as the table. Pure. */
import { LIFECYCLE_LABELS } from '#src/domain/agreement/lifecycle.machine';
import { toCsv } from '#src/domain/csv';
import { workspaceNl } from '#src/i18n/nl/workspace';
import type { PortfolioRow } from './api';

const t = workspaceNl.csv;
const number = new Intl.NumberFormat('nl-NL');

/** `2027-03-01` → `01-03-2027`: what a Dutch spreadsheet reads as a date. */
const dayNl = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('-') : '');
const count = (n: number | null) => (n === null ? '' : number.format(n));
const yesNo = (v: boolean) => (v ? t.yes : t.no);

export function portfolioCsv(rows: readonly PortfolioRow[]): string {
  return toCsv([
    t.headers,
    ...rows.map((r) => [
      r.title,
      r.gemeente,
      r.schools.join(', '),
      LIFECYCLE_LABELS[r.lifecycle],
      count(r.stepsDone),
      count(r.stepsTotal),
      r.aanZet.join(', '),
      r.nextRound ? count(r.nextRound.number) : '',
      dayNl(r.nextRound?.date ?? null),
      count(r.overdueActions),
      count(r.fundingMonthsLeft),
      dayNl(r.fundingEndsOn),
      yesNo(r.hasStructural),
      yesNo(r.searchStarted),
    ]),
  ]);
}
