import type { z } from 'zod';

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The complete schema's problems with what is already filled in ("s.devries@leiden", an end date
 * before the start, "veel geld" as an amount). Empty fields are left out: saying they are missing is
 * for completing a step, not for typing. Used while typing (the form) and before freezing (optional
 * steps are printed as filled, so what they hold must be right).
 */
export function filledIssues(schema: z.ZodType, values: unknown): FieldIssue[] {
  const result = schema.safeParse(values);
  if (result.success) return [];
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const key = path.join('.');
    if (seen.has(key) || !isFilled(valueAt(values, path))) continue;
    seen.add(key);
    out.push({ path, message: issue.message });
  }
  return out;
}

function valueAt(values: unknown, path: readonly (string | number)[]): unknown {
  let v = values;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

const isFilled = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number' || typeof v === 'boolean';
