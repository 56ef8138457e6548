/**
 * Defensive readers of other steps' saved data, for warnings and hints. Steps never import each
 * other, and saved drafts may be partial or from an older shape, so every field is checked here.
 */
import type { WarningContext } from './step';

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

export type CollaborationType = 'wijkgericht' | 'in_school';

/** Step 1's collaboration type, if chosen. */
export function collaborationTypeOf(ctx: WarningContext): CollaborationType | undefined {
  const v = ctx.steps.initiatief?.collaborationType;
  return v === 'wijkgericht' || v === 'in_school' ? v : undefined;
}

export interface FundingSourceDates {
  to?: string;
  structural?: boolean | null;
}

/** Step 3's funding sources, reduced to what the date helpers in `funding.ts` need. */
export function fundingSourcesOf(ctx: WarningContext): FundingSourceDates[] {
  const rows = ctx.steps.financiering?.sources;
  if (!Array.isArray(rows)) return [];
  return rows
    .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object')
    .map((r) => ({
      to: isDate(r.to) ? r.to : undefined,
      structural: typeof r.structural === 'boolean' ? r.structural : null,
    }));
}

/** Step 3's date by which the search for structural funding starts. */
export function structuralSearchStartOf(ctx: WarningContext): string | undefined {
  const v = ctx.steps.financiering?.structuralSearchStart;
  return isDate(v) ? v : undefined;
}

/** Step 2's contact person for one partner organisation: who signs is often who was named there. */
export function contactOf(
  steps: WarningContext['steps'],
  partnerId: string | null | undefined,
): { name?: string; jobTitle?: string } | undefined {
  const rows = steps.aanspreekpunten?.contacts;
  if (!partnerId || !Array.isArray(rows)) return undefined;
  const row = rows.find((r): r is Record<string, unknown> => !!r && typeof r === 'object' && r.partnerId === partnerId);
  if (!row) return undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return { name: str(row.contactName), jobTitle: str(row.contactJobTitle) };
}
