import { createContext, useContext } from 'react';

/** Field labels by form path, so the error summary can say which field each message is about. */
export const LabelContext = createContext<Map<string, string> | null>(null);
/** The label of the repeatable row a field sits in ("Organisatie 2"), to tell rows apart. */
export const RowLabelContext = createContext('');

export function useRegisterLabel(name: string, label: string) {
  useRegisterLabels([[name, label]]);
}

/** Several fields' labels at once, e.g. every field of a row whose fields are not all shown. */
export function useRegisterLabels(entries: readonly (readonly [name: string, label: string])[]) {
  const labels = useContext(LabelContext);
  const row = useContext(RowLabelContext);
  for (const [name, label] of entries) {
    labels?.set(name, row ? `${row}, ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label);
  }
}
