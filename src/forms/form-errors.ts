import type { FieldErrors } from 'react-hook-form';

export interface FlatError {
  path: string;
  message: string;
}

/** Flattens react-hook-form's nested error tree into paths, in document order of the schema. */
export function flattenErrors(errors: FieldErrors | undefined, prefix = ''): FlatError[] {
  if (!errors) return [];
  const out: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'ref') continue;
    const path = key === 'root' ? prefix.replace(/\.$/, '') : `${prefix}${key}`;
    const node = value as Record<string, unknown>;
    if (typeof node.message === 'string' && node.message) out.push({ path, message: node.message });
    if (typeof node === 'object') {
      const nested = Object.fromEntries(
        Object.entries(node).filter(([k]) => !['message', 'type', 'ref', 'types'].includes(k)),
      ) as FieldErrors;
      out.push(...flattenErrors(nested, key === 'root' ? prefix : `${path}.`));
    }
  }
  return out;
}
