import { z } from '../../domain/zod-nl';
import { date, list, longText, text, type Mode } from '../../domain/fields';
import { partnerRef } from '../../domain/partner-rows';
import { STEP_IDS } from '../../domain/step';

export const ACTION_STATUSES = ['gepland', 'bezig', 'gereed', 'uitgesteld'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionPlanMessages = {
  deadlineBeforeStart: 'De deadline ligt vóór de startdatum.',
  leadRequired: 'Kies wie de leiding heeft.',
};

/** One row of part B of the action plan: wat, hoe, wie, wanneer, nodig, koppeling, indicator, status. */
export const actionRowShape = (mode: Mode) => ({
  what: text(mode, { max: 500 }),
  how: longText(mode, { optional: true }),
  leadPartnerId: partnerRef(mode),
  leadPerson: text(mode, { optional: true }),
  involved: text(mode, { optional: true, max: 500 }),
  start: date(mode, { optional: true }),
  deadline: date(mode, { optional: true }),
  needs: text(mode, { optional: true, max: 500 }),
  factorId: z.string().max(64).optional(),
  stepId: z.enum(STEP_IDS).or(z.literal('')).optional(),
  indicator: text(mode, { optional: true, max: 500 }),
  status: z.enum(ACTION_STATUSES).or(z.literal('')).optional(),
});

export const actionRows = (mode: Mode) => list(mode, actionRowShape(mode), { max: 200 });

export type ActionRow = { id: string } & { [K in keyof ReturnType<typeof actionRowShape>]?: z.infer<ReturnType<typeof actionRowShape>[K]> };

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
    needs: '',
    factorId: '',
    stepId: '',
    indicator: '',
    status: 'gepland',
    ...fields,
  };
}

/** Where the action plan lives: step 5's data, under this key. Other tools add rows through the sync layer. */
export const ACTION_PLAN_STEP = 'taakverdeling' as const;
export const ACTION_PLAN_KEY = 'actionPlan' as const;
