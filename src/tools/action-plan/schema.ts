import { list, type Mode } from '#src/domain/fields';
import { ACTION_ROWS_MAX, actionRowShape, emptyActionRow, type ActionRow } from '#src/domain/action-plan/row';
import { actionPlanCopy } from './copy';

export { ACTION_STATUSES, type ActionStatus } from '#src/domain/evaluation/atoms';
// The row itself lives in the domain (proposed actions after signing use it too).
export { ACTION_ROWS_MAX, actionRowShape, type ActionRow } from '#src/domain/action-plan/row';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v);

/**
 * Checks across the fields of a row, for a complete plan: a lead, and a deadline not before the start.
 * Works on whatever the rows hold so far (fields may still be invalid), so that these messages show
 * together with all others instead of after them.
 */
export function actionRowIssues(
  rows: readonly unknown[],
): { index: number; field: 'leadPartnerId' | 'deadline'; message: string }[] {
  const out: ReturnType<typeof actionRowIssues> = [];
  rows.forEach((value, index) => {
    if (!value || typeof value !== 'object') return;
    const row = value as Record<string, unknown>;
    if (typeof row.leadPartnerId !== 'string' || row.leadPartnerId === '') {
      out.push({ index, field: 'leadPartnerId', message: actionPlanCopy.errors.leadRequired });
    }
    if (isoDate(row.start) && isoDate(row.deadline) && row.deadline < row.start) {
      out.push({ index, field: 'deadline', message: actionPlanCopy.errors.deadlineBeforeStart });
    }
  });
  return out;
}

/**
 * The rows of part B. A draft may hold anything within the types and lengths (nothing typed is ever
 * refused by autosave); a complete plan also passes `actionRowIssues`.
 */
export function actionRows(mode: Mode, opts: { min?: number } = {}) {
  const rows = list(mode, actionRowShape(mode), { max: ACTION_ROWS_MAX, min: opts.min });
  if (mode === 'draft') return rows;
  return rows.superRefine(
    (value, ctx) => {
      for (const issue of actionRowIssues(Array.isArray(value) ? value : [])) {
        ctx.addIssue({ code: 'custom', path: [issue.index, issue.field], message: issue.message });
      }
    },
    // Zod skips refinements once a row field has an issue; these checks only need the rows to be a list.
    { when: (payload) => Array.isArray(payload.value) },
  );
}

/** A new row as other tools create it (from a factor priority, a conversation agreement, an evaluation). */
export const newActionRow = (fields: Partial<ActionRow> & { id: string }): ActionRow => emptyActionRow(fields);

/** The action plan's key in the data of the step that holds it (steps/index.ts says which step that is). */
export const ACTION_PLAN_KEY = 'actionPlan' as const;
