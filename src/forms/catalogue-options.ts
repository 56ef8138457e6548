import { isSuggestion, type CatalogueItem } from '#src/domain/catalogue/item';
import type { Option } from './fields';

/** Choices for a checkbox, radio or select field from a catalogue list: label, explanation, suggestion marker. */
export const catalogueOptions = (items: readonly CatalogueItem[], opts: { explain?: boolean } = {}): Option[] =>
  items.map((item) => ({
    value: item.value,
    label: item.label,
    hint: opts.explain === false ? undefined : item.explanation,
    suggestion: isSuggestion(item),
  }));
