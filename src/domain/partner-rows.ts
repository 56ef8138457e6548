import { z } from './zod-nl';
import { partnersFromInitiatief } from './dossier';
import type { Mode } from './fields';
import { PARTNER_KIND_LABELS, type Partner, type PartnerKind } from './partners';
import type { WarningContext } from './step';

/**
 * Everything about fields that refer to one of the partner organisations of step 1: the schema atom,
 * how partners are named and offered, and the checks on rows that belong to one partner.
 * Pure: used by forms, warnings, the server and the PDF alike.
 */

/**
 * A partner is stored by its row id so a renamed organisation stays linked. The schema cannot know
 * which ids exist; the form offers only real ones (`partnerOptions`) and warnings check membership.
 */
export const partnerRefMessages = {
  choose: 'Kies een organisatie.',
};

type Atom = z.ZodType<string | undefined, string | undefined>;

export function partnerRef(mode: Mode, opts: { optional?: boolean } = {}): Atom {
  const base = z.string({ error: partnerRefMessages.choose }).max(64, partnerRefMessages.choose);
  if (mode === 'draft' || opts.optional) return base.optional() as unknown as Atom;
  return base.min(1, partnerRefMessages.choose) as unknown as Atom;
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

export const partnerOptions = (partners: readonly Partner[]) =>
  partners.map((p) => ({ value: p.id, label: partnerLabel(p) }));

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
