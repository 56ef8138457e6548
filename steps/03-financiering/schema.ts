import { z } from '#src/domain/zod-nl';
import { amount, choice, date, list, longText, text, yesNo, type Mode } from '#src/domain/fields';
import { coveredMonths, formatDateNl, searchStartsTooLate, sixMonthsBefore, temporaryFundingEnd } from '#src/domain/funding';
import type { StepWarning, WarningContext } from '#src/domain/step';
import { copy } from './copy';

export const FUNDING_KINDS = ['gemeentelijk_budget', 'subsidie', 'landelijk_programma', 'project', 'pilot', 'anders'] as const;

/** Months of continuous funding the plan asks for before starting. */
export const MIN_FUNDED_MONTHS = 12;

// Structural money without an end date runs on; for the continuity count it never ends.
const OPEN_END = '9999-12-31';

export const build = (mode: Mode) =>
  z
    .object({
      sources: list(
        mode,
        {
          name: text(mode),
          kind: choice(mode, FUNDING_KINDS),
          amount: amount(mode),
          from: date(mode),
          to: date(mode, { optional: true }),
          structural: yesNo(mode),
        },
        { min: 1, max: 30 },
      ),
      startsAsPilot: yesNo(mode),
      pilotExplanation: longText(mode, { optional: true }),
      structuralSearchStart: date(mode, { optional: true }),
    })
    .superRefine((data, ctx) => {
      if (mode === 'draft') return;
      const sources = data.sources ?? [];
      sources.forEach((s, i) => {
        if (!s.to && s.structural !== true) {
          ctx.addIssue({ code: 'custom', path: ['sources', i, 'to'], message: copy.errors.toRequired });
        }
        if (s.from && s.to && s.to < s.from) {
          ctx.addIssue({ code: 'custom', path: ['sources', i, 'to'], message: copy.errors.toBeforeFrom });
        }
      });
      if (sources.some((s) => s.structural !== true) && !data.structuralSearchStart) {
        ctx.addIssue({ code: 'custom', path: ['structuralSearchStart'], message: copy.errors.searchStartRequired });
      }
    });

export type FinancieringData = z.infer<ReturnType<typeof build>>;

export function warnings(data: Partial<FinancieringData>, _ctx: WarningContext): StepWarning[] {
  const sources = data.sources ?? [];
  const out: StepWarning[] = [];
  const months = coveredMonths(
    sources.map((s) => ({ from: s.from, to: s.to || (s.structural === true ? OPEN_END : undefined) })),
  );
  if (months !== undefined && months < MIN_FUNDED_MONTHS) {
    out.push({ id: 'korter-dan-een-jaar', message: copy.warnings.shortFunding(months) });
  }
  const end = temporaryFundingEnd(sources);
  if (end && searchStartsTooLate(data.structuralSearchStart, end)) {
    out.push({
      id: 'zoeken-te-laat',
      message: copy.warnings.searchTooLate(formatDateNl(sixMonthsBefore(end)!), formatDateNl(end)),
    });
  }
  return out;
}
