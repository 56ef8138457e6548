import type { StepId } from '#src/domain/step';

/**
 * Starting a dossier from another one of the workspace: what carries over. Step 1's partners (and the
 * rest of step 1), step 2's contacts, the vision of step 4 and the signal agreements of step 6, as the
 * source has them now. Nothing that is measured, approved or signed: akkoord and signatures belong to
 * one partnership, and step 4's working-factors baseline is measured anew by the new team. Pure.
 */
export const TEMPLATE_STEPS = ['initiatief', 'aanspreekpunten', 'visie', 'signalen'] as const satisfies readonly StepId[];

/** Keys of a copied step that stay behind: results measured in the source partnership. */
const LEFT_BEHIND: Partial<Record<StepId, readonly string[]>> = { visie: ['factors'] };

export interface TemplateStart {
  /** Step 1 as copied (never empty: without partners it holds the new dossier's gemeente). */
  initiatief: Record<string, unknown>;
  /** The partner row of step 1 the owner link acts for: the first gemeente. */
  ownerPartnerId: string | null;
  more: [StepId, Record<string, unknown>][];
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function templateStart(source: Partial<Record<StepId, Record<string, unknown>>>): TemplateStart {
  const copy = (id: StepId) => {
    const data = source[id];
    if (!isRecord(data)) return null;
    const kept = Object.fromEntries(Object.entries(data).filter(([k]) => !LEFT_BEHIND[id]?.includes(k)));
    // A deep copy: the new dossier's data shares nothing with the source's.
    return Object.keys(kept).length > 0 ? (structuredClone(kept) as Record<string, unknown>) : null;
  };
  const initiatief = copy('initiatief') ?? {};
  const partners = Array.isArray(initiatief.partners) ? initiatief.partners.filter(isRecord) : [];
  const gemeente = partners.find((p) => p.kind === 'gemeente' && typeof p.id === 'string');
  const more = TEMPLATE_STEPS.filter((id) => id !== 'initiatief').flatMap((id) => {
    const data = copy(id);
    return data ? [[id, data] as [StepId, Record<string, unknown>]] : [];
  });
  return { initiatief, ownerPartnerId: gemeente ? (gemeente.id as string) : null, more };
}
