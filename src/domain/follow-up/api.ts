import { z } from '#src/domain/zod-nl';
import type { FundingTimeline } from './funding-timeline';
import type { KeyDate } from './key-dates';
import type { FollowUpSummary } from './summary';

/**
 * The response of GET /api/dossiers/:id/follow-up ("Samenwerking volgen"): the summary at a glance,
 * the funding timeline and the key dates, computed by the pure functions next to this file. The
 * schemas describe those functions' results for the OpenAPI document and the client.
 */

const round = z.object({ id: z.string(), number: z.number().int(), date: z.string() });

export const followUpSummarySchema = z.object({
  nextRound: round.optional(),
  openRound: z
    .object({ id: z.string(), number: z.number().int(), answered: z.number().int(), invited: z.number().int() })
    .optional(),
  actions: z.object({ total: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
  funding: z.object({
    monthsLeft: z.number().int().optional(),
    endsOn: z.string().optional(),
    hasStructural: z.boolean(),
    searchStart: z.string().optional(),
    searchStarted: z.boolean(),
  }),
});

export const fundingTimelineSchema = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  today: z.string(),
  periods: z.array(
    z.object({ id: z.string(), name: z.string(), from: z.string(), to: z.string().nullable(), structural: z.boolean() }),
  ),
  temporaryEnd: z.string().optional(),
  lastYearFrom: z.string().optional(),
  searchStart: z.string().optional(),
  rounds: z.array(z.object({ date: z.string(), number: z.number().int() })),
  monthsLeft: z.number().int().optional(),
  hasStructural: z.boolean(),
});

export const keyDateSchema = z.object({
  uid: z.string(),
  kind: z.enum(['ronde', 'nulmeting', 'actie', 'financiering-eind', 'zoeken-start', 'route']),
  date: z.string(),
  title: z.string(),
  description: z.string(),
  sequence: z.number().int(),
  remindWeekBefore: z.boolean(),
});

export const followUpSchema = z.object({
  /** The signed version the dates come from; null while nothing is signed (then the draft's). */
  version: z.number().int().nullable(),
  today: z.string(),
  summary: followUpSummarySchema,
  timeline: fundingTimelineSchema,
  keyDates: z.array(keyDateSchema),
});
export type FollowUp = z.infer<typeof followUpSchema>;

// The schemas describe the pure functions' own types: a change to either shows up here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [
  Same<z.infer<typeof followUpSummarySchema>, FollowUpSummary>,
  Same<z.infer<typeof fundingTimelineSchema>, FundingTimeline>,
  Same<z.infer<typeof keyDateSchema>, KeyDate>,
] = [true, true, true];
void sameShapes;
