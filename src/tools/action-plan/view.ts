/**
 * Pure view logic of the action plan: overdue marks, filters and the names of linked factors.
 * Filters are view state: they choose which rows are shown, never which rows are kept.
 */
import { FACTORS } from '#src/domain/catalogue/factors';
import { ACTION_STATUSES, type ActionStatus } from './schema';
import { actionPlanCopy } from './copy';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of a row the view looks at; read defensively, since drafts may be half filled. */
export interface RowView {
  status?: string | null;
  deadline?: string | null;
  leadPartnerId?: string | null;
}

/** Today's calendar date where the user is, as `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Past its deadline (before today) and not finished. Postponed work is still overdue: its deadline wants moving. */
export function isOverdue(row: RowView, today: string): boolean {
  const deadline = row.deadline;
  return typeof deadline === 'string' && ISO_DATE.test(deadline) && deadline < today && row.status !== 'gereed';
}

export interface ActionFilter {
  /** '' shows every status. */
  status: ActionStatus | '';
  /** '' shows every lead partner. */
  partnerId: string;
}

export const NO_FILTER: ActionFilter = { status: '', partnerId: '' };

export const isFiltering = (f: ActionFilter) => f.status !== '' || f.partnerId !== '';

export function matchesFilter(row: RowView, filter: ActionFilter): boolean {
  if (filter.status && row.status !== filter.status) return false;
  if (filter.partnerId && row.leadPartnerId !== filter.partnerId) return false;
  return true;
}

/** Indexes of the rows a filter shows. */
export function filterRows(rows: readonly RowView[], filter: ActionFilter): number[] {
  return rows.flatMap((row, i) => (matchesFilter(row ?? {}, filter) ? [i] : []));
}

export const statusOptions = () => ACTION_STATUSES.map((s) => ({ value: s, label: actionPlanCopy.statuses[s] }));

export const statusLabel = (status: string | null | undefined) =>
  status && status in actionPlanCopy.statuses ? actionPlanCopy.statuses[status as ActionStatus] : '';

export interface CustomFactor {
  id: string;
  label: string;
}

/** The dossier's own factors from step 4 (`factors.customFactors`), skipping rows without a name. */
export function customFactorsOf(visie: Record<string, unknown> | undefined): CustomFactor[] {
  const factors = visie?.factors;
  const rows = factors && typeof factors === 'object' ? (factors as Record<string, unknown>).customFactors : undefined;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r) => {
    if (!r || typeof r !== 'object') return [];
    const { id, label } = r as Record<string, unknown>;
    return typeof id === 'string' && typeof label === 'string' && label.trim() ? [{ id, label: label.trim() }] : [];
  });
}

/** The factors a row can link to: the catalogue, then the dossier's own. */
export function factorOptions(custom: readonly CustomFactor[]) {
  return [
    ...FACTORS.map((f) => ({ value: f.id, label: f.label })),
    ...custom.map((f) => ({ value: f.id, label: actionPlanCopy.partB.customFactor(f.label) })),
  ];
}

/** The name of a linked factor; an id that no longer exists is shown as it is, so nothing disappears. */
export function factorLabel(id: string | null | undefined, custom: readonly CustomFactor[]): string {
  if (!id) return '';
  return FACTORS.find((f) => f.id === id)?.label ?? custom.find((f) => f.id === id)?.label ?? id;
}
