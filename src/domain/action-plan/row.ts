import { z } from '#src/domain/zod-nl';
import { amount, date, longText, text, type Mode } from '#src/domain/fields';
import { partnerRef } from '#src/domain/partner-rows';
import { STEP_IDS } from '#src/domain/step';
import { ACTION_STATUSES } from '#src/domain/evaluation/atoms';

/**
 * One row of part B of the action plan (wat, hoe, wie, wanneer, nodig, koppeling, indicator, status),
 * here below the tools so the domain can use it too: step 5's plan (through the action-plan tool), and
 * the actions proposed after signing (working data), which later become rows of an amendment's plan.
 */

/** The most rows a plan may hold; the server refuses more with the path of the list. */
export const ACTION_ROWS_MAX = 200;

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

/** A row with every field empty (as the form saves an untouched field), then `fields` over it. */
export function emptyActionRow(fields: Partial<ActionRow> & { id: string }): ActionRow {
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
