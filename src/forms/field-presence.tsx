import { createContext, useContext } from 'react';

/**
 * Who else is editing which field, as ready-made text per field name (e.g. "Sanne (Het Stedelijk
 * Lyceum) bewerkt dit veld"). The step page provides it from live presence; every field shell shows
 * its own entry next to its label, so no step form needs to know about it.
 */
export const FieldPresenceContext = createContext<Readonly<Record<string, string>>>({});

export function FieldEditors({ name }: { name: string }) {
  const text = useContext(FieldPresenceContext)[name];
  if (!text) return null;
  return (
    <span className="sw-field-editor">
      <span aria-hidden="true">✎ </span>
      {text}
    </span>
  );
}
