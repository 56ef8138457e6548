import { z } from './zod-nl';
import { validationNl } from '#src/i18n/nl/validation';
import { partnersFromInitiatief } from './dossier';
import type { Mode } from './fields';
import { PARTNER_KIND_LABELS, type Partner, type PartnerKind } from './partners';
import type { StepWarning, WarningContext } from './step';

/**
 * Everything about fields that refer to one of the partner organisations of step 1: the schema atom,
 * how partners are named and offered, and the checks on rows that belong to one partner.
 * Pure: used by forms, warnings, the server and the PDF alike.
 */

type Atom = z.ZodType<string | undefined, string | undefined>;

/**
 * A partner is stored by its row id so a renamed organisation stays linked. The schema cannot know
 * which ids exist; the form offers only real ones (`partnerOptions`) and warnings check membership.
 */
export function partnerRef(mode: Mode, opts: { optional?: boolean } = {}): Atom {
  const choose = validationNl.choosePartner;
  const base = z.string({ error: choose }).max(64, choose);
  if (mode === 'draft' || opts.optional) return base.optional() as unknown as Atom;
  return base.min(1, choose) as unknown as Atom;
}

/** The kinds of the partners referred to by `ids`, ignoring empty ids and ids that no longer exist. */
export function partnerKindsOf(partners: readonly Partner[], ids: readonly (string | undefined)[]): Set<PartnerKind> {
  const byId = new Map(partners.map((p) => [p.id, p.kind]));
  return new Set(ids.flatMap((id) => (id && byId.has(id) ? [byId.get(id)!] : [])));
}

/** A warning context that may already carry the partners (the form's context does). */
export type PartnerWarningContext = WarningContext & { partners?: Partner[] };

/** The partners a warning can check against: given directly, or read from step 1's saved data. */
export function knownPartners(ctx: PartnerWarningContext): Partner[] {
  return ctx.partners ?? partnersFromInitiatief(ctx.steps.initiatief);
}

/** How a partner is named in choices and messages: its name, or its kind while it has none. */
export function partnerLabel(partner: Partner): string {
  const name = partner.name.trim();
  const kind = PARTNER_KIND_LABELS[partner.kind];
  return name ? `${name} (${kind.toLowerCase()})` : kind;
}

export const partnerOptions = (partners: readonly Partner[]) => partners.map((p) => ({ value: p.id, label: partnerLabel(p) }));

interface PartnerRow {
  partnerId?: string;
}

/** Partners that no row refers to yet. */
export function partnersWithoutRow(partners: readonly Partner[], rows: readonly PartnerRow[] | undefined): Partner[] {
  const used = new Set((rows ?? []).map((r) => r.partnerId).filter(Boolean));
  return partners.filter((p) => !used.has(p.id));
}

/** Indexes of rows that repeat a partner already chosen in an earlier row. */
export function duplicatePartnerRows(rows: readonly PartnerRow[] | undefined): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  (rows ?? []).forEach((r, i) => {
    if (!r.partnerId) return;
    if (seen.has(r.partnerId)) out.push(i);
    else seen.add(r.partnerId);
  });
  return out;
}

/** Indexes of rows whose partner is no longer among the known partners (removed in step 1). */
export function rowsWithUnknownPartner(partners: readonly Partner[], rows: readonly PartnerRow[] | undefined): number[] {
  if (partners.length === 0) return [];
  const ids = new Set(partners.map((p) => p.id));
  return (rows ?? []).flatMap((r, i) => (r.partnerId && !ids.has(r.partnerId) ? [i] : []));
}

/**
 * What the rows of a step with one row per partner (steps 2 and 5) hold, for the checks below: rows
 * may still carry invalid fields, and anything that is not a row counts as an empty one.
 */
export function rowsOf(value: unknown): PartnerRow[] {
  return (Array.isArray(value) ? value : []).map((r) => (r && typeof r === 'object' ? (r as PartnerRow) : {}));
}

/** Complete mode: every row names a partner organisation, and no organisation has two rows. */
export function checkPartnerRows(
  ctx: z.RefinementCtx,
  listKey: string,
  rows: readonly PartnerRow[],
  messages: { partnerRequired: string; duplicatePartner: string },
) {
  rows.forEach((row, i) => {
    if (!row.partnerId) ctx.addIssue({ code: 'custom', path: [listKey, i, 'partnerId'], message: messages.partnerRequired });
  });
  for (const i of duplicatePartnerRows(rows)) {
    ctx.addIssue({ code: 'custom', path: [listKey, i, 'partnerId'], message: messages.duplicatePartner });
  }
}

/** Warnings: partners of step 1 without a row, and rows naming a partner step 1 no longer has. */
export function partnerCoverageWarnings(
  ctx: PartnerWarningContext,
  rows: readonly (PartnerRow & { id: string })[],
  opts: { idPrefix: string; withoutRow: (partner: string) => string; unknownPartner: (row: number) => string },
): StepWarning[] {
  const partners = knownPartners(ctx);
  return [
    ...partnersWithoutRow(partners, rows).map((p) => ({
      id: `${opts.idPrefix}-${p.id}`,
      message: opts.withoutRow(partnerLabel(p)),
    })),
    ...rowsWithUnknownPartner(partners, rows).map((i) => ({
      id: `onbekende-partner-${rows[i]!.id}`,
      message: opts.unknownPartner(i + 1),
    })),
  ];
}
