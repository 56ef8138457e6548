import { z } from './zod-nl';
import type { Mode } from './fields';
import type { Partner, PartnerKind } from './partners';

/**
 * A field that refers to one of the partner organisations of step 1, stored by its row id so a
 * renamed organisation stays linked. The schema cannot know which ids exist; the form offers only
 * real ones (see `partnerOptions` in `partner-rows.ts`).
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
