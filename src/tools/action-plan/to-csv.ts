/** The action plan as CSV (see src/domain/csv.ts). Pure: the download button only wraps the result in a Blob. */
import { actionPlanCopy } from './copy';
import type { ActionRow } from './schema';
import { isOverdue, statusLabel } from './view';
import { toCsv } from '#src/domain/csv';

export { BOM, csvCell, neutralise, toCsv } from '#src/domain/csv';

export interface CsvLookups {
  partnerName: (id: string) => string | undefined;
  factorLabel: (id: string) => string;
  stepLabel: (id: string) => string;
  /** `YYYY-MM-DD`, for the overdue column. */
  today: string;
}

/** Numbers with a decimal comma, as Dutch spreadsheets expect; text a draft kept as typed stays as typed. */
const number = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) ? String(v).replace('.', ',') : typeof v === 'string' ? v : '';
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function actionPlanCsv(rows: readonly ActionRow[], lookups: CsvLookups): string {
  const h = actionPlanCopy.export.headers;
  const header = [
    h.number,
    h.what,
    h.how,
    h.lead,
    h.leadPerson,
    h.involved,
    h.start,
    h.deadline,
    h.hours,
    h.room,
    h.budget,
    h.needs,
    h.factor,
    h.step,
    h.indicator,
    h.status,
    h.overdue,
  ];
  const lines = rows.map((row, i) => {
    const lead = str(row.leadPartnerId);
    return [
      String(i + 1),
      str(row.what),
      str(row.how),
      // A partner that left step 1 keeps its id, so the export never silently drops who was responsible.
      lead ? (lookups.partnerName(lead) ?? lead) : '',
      str(row.leadPerson),
      str(row.involved),
      str(row.start),
      str(row.deadline),
      number(row.hours),
      str(row.room),
      number(row.budget),
      str(row.needs),
      row.factorId ? lookups.factorLabel(row.factorId) : '',
      row.stepId ? lookups.stepLabel(row.stepId) : '',
      str(row.indicator),
      statusLabel(row.status),
      isOverdue(row, lookups.today) ? actionPlanCopy.export.overdueYes : '',
    ];
  });
  return toCsv([header, ...lines]);
}
