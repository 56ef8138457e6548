import type { Provenance } from './provenance';

/**
 * One choice of a catalogue list (occasions, signal kinds, channels, …). The value is what the dossier
 * stores and must never change once used; label and explanation are what partners read.
 */
export interface CatalogueItem<V extends string = string> {
  value: V;
  label: string;
  /** One short sentence: what the choice means in practice. */
  explanation: string;
  provenance: Provenance;
}

/** The stored values of a list, as a tuple type a zod enum accepts. */
export function valuesOf<const T extends readonly [{ value: string }, ...{ value: string }[]]>(
  items: T,
): { [K in keyof T]: T[K]['value'] } {
  return items.map((i) => i.value) as unknown as { [K in keyof T]: T[K]['value'] };
}

export const isSuggestion = (item: { provenance: Provenance }) => item.provenance.status === 'suggestion';
