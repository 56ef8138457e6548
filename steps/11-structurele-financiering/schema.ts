import { z } from '#src/domain/zod-nl';
import { choice, date, list, longText, text, type Mode } from '#src/domain/fields';
import { formatDateNl, searchStartsTooLate, sixMonthsBefore, temporaryFundingEnd } from '#src/domain/funding';
import { FUNDING_ROUTE_VALUES } from '#src/domain/catalogue/funding-routes';
import { fundingSourcesOf, structuralSearchStartOf } from '#src/domain/step-readers';
import type { StepWarning, WarningContext } from '#src/domain/step';
import { copy } from './copy';

export const ROUTE_STATUSES = ['nog_niet_gestart', 'bezig', 'aangevraagd', 'toegekend', 'afgewezen'] as const;
/** Statuses after which a route's deadline no longer matters. */
const SETTLED: readonly string[] = ['toegekend', 'afgewezen'];

export const build = (mode: Mode) =>
  z
    .object({
      routes: list(
        mode,
        {
          kind: choice(mode, FUNDING_ROUTE_VALUES),
          kindOther: text(mode, { optional: true }),
          description: longText(mode),
          responsible: text(mode),
          deadline: date(mode),
          status: choice(mode, ROUTE_STATUSES),
        },
        { min: 1, max: 30 },
      ),
      // Optional: when empty, the date chosen in step 3 applies (see `effectiveSearchStart`).
      searchStart: date(mode, { optional: true }),
      responsible: text(mode),
    })
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      (data.routes ?? []).forEach((r, i) => {
        if (r.kind === 'anders' && !r.kindOther?.trim()) {
          ctx.addIssue({ code: 'custom', path: ['routes', i, 'kindOther'], message: copy.errors.kindOtherRequired });
        }
      });
    });

export type StructureleFinancieringData = z.infer<ReturnType<typeof build>>;

/** This step's own search start, or else step 3's; `fromStep3` tells which one applies. */
export function effectiveSearchStart(
  data: Partial<StructureleFinancieringData>,
  ctx: WarningContext,
): { date?: string; fromStep3: boolean } {
  if (data.searchStart) return { date: data.searchStart, fromStep3: false };
  const fallback = structuralSearchStartOf(ctx);
  return { date: fallback, fromStep3: !!fallback };
}

export function warnings(data: Partial<StructureleFinancieringData>, ctx: WarningContext): StepWarning[] {
  const end = temporaryFundingEnd(fundingSourcesOf(ctx));
  if (!end) return [];
  const out: StepWarning[] = [];
  const start = effectiveSearchStart(data, ctx);
  if (searchStartsTooLate(start.date, end)) {
    out.push({
      id: 'zoektocht-te-laat',
      message: copy.warnings.searchTooLate(
        formatDateNl(start.date!),
        formatDateNl(end),
        formatDateNl(sixMonthsBefore(end)!),
        start.fromStep3,
      ),
    });
  }
  const routes = Array.isArray(data.routes) ? data.routes : [];
  routes.forEach((r, i) => {
    if (r?.deadline && /^\d{4}-\d{2}-\d{2}$/.test(r.deadline) && r.deadline > end && !SETTLED.includes(r.status ?? '')) {
      out.push({
        id: `deadline-na-einde-${r.id ?? i}`,
        message: copy.warnings.deadlineAfterEnd(copy.routes.row(i).toLowerCase(), formatDateNl(end)),
      });
    }
  });
  return out;
}
