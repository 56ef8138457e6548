import type { z } from 'zod';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

/**
 * The longest text a step's schema accepts at a form path ("sources.0.name"), read from the schema
 * itself, so a field can stop and count before the server would refuse the whole step.
 */
export function maxLengthAt(schema: z.ZodType, path: string): number | undefined {
  return walk(schema, path === '' ? [] : path.split('.'));
}

function walk(schema: unknown, path: string[]): number | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  const [head, ...rest] = path;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      return walk(def.innerType, path);
    case 'pipe':
      return smallest(walk(def.in, path), walk(def.out, path));
    case 'union':
      return largest((def.options as unknown[]).map((o) => walk(o, path)));
    case 'object':
      return head === undefined ? undefined : walk((def.shape as Record<string, unknown>)[head], rest);
    case 'array':
      return head === undefined ? undefined : walk(def.element, rest);
    case 'record':
      return head === undefined ? undefined : walk(def.valueType, rest);
    case 'string': {
      if (head !== undefined) return undefined;
      const max = (schema as { maxLength?: number | null }).maxLength;
      return typeof max === 'number' ? max : undefined;
    }
    default:
      return undefined;
  }
}

const smallest = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

function largest(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.max(...known) : undefined;
}
