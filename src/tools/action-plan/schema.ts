import { z } from '#src/domain/zod-nl';
import { amount, date, list, longText, text, type Mode } from '#src/domain/fields';
import { partnerRef } from '#src/domain/partner-rows';
import { STEP_IDS } from '#src/domain/step';
import { actionPlanCopy } from './copy';
import { ACTION_STATUSES } from '#src/domain/evaluation/atoms';

export { ACTION_STATUSES, type ActionStatus } from '#src/domain/evaluation/atoms';

/** The most rows a plan may hold; the server refuses more with the path of the list. */
export const ACTION_ROWS_MAX = 200;

/** One row of part B of the action plan: wat, hoe, wie, wanneer, nodig, koppeling, indicator, status. */
export const actionRowShape = (mode: Mode) => ({
  what: text(mode, { max: 500 }),
  how: longText(mode, { optional: true }),
  // Optional here so that a missing lead gets the action plan's own message (`actionRowIssues`).
  leadPartnerId: partnerRef(mode, { optional: true }),
  leadPerson: text(mode, { optional: true }),
  involved: text(mode, { optional: true, max: 500 }),
  start: date(mode, { optional: true }),
  deadline: date(mode, { optional: true }),
  hours: amount(mode, { optional: true, max: 100_000 }),
  room: text(mode, { optional: true }),
  budget: amount(mode, { optional: true, max: 10_000_000 }),
  needs: text(mode, { optional: true, max: 500 }),
  factorId: z.string().max(64).optional(),
  stepId: z.enum(STEP_IDS).or(z.literal('')).optional(),
  indicator: text(mode, { optional: true, max: 500 }),
  status: z.enum(ACTION_STATUSES).or(z.literal('')).optional(),
});

export type ActionRow = { id: string } & {
  [K in keyof ReturnType<typeof actionRowShape>]?: z.infer<ReturnType<typeof actionRowShape>[K]>;
};

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
export function newActionRow(fields: Partial<ActionRow> & { id: string }): ActionRow {
  return {
    what: '',
    how: '',
    leadPartnerId: '',
    leadPerson: '',
    involved: '',
    start: '',
    deadline: '',
    hours: null,
    room: '',
    budget: null,
    needs: '',
    factorId: '',
    stepId: '',
    indicator: '',
    status: 'gepland',
    ...fields,
  };
}

/** The action plan's key in the data of the step that holds it (steps/index.ts says which step that is). */
export const ACTION_PLAN_KEY = 'actionPlan' as const;
