import { describe, expect, it } from 'vitest';
import { STEPS } from './index';

// What zod says by itself ("Ongeldige invoer: verwacht array, ontving undefined") is developer text.
const DEVELOPER_TEXT = /ongeldige invoer|verwacht|ontving|undefined|null|array|object|string|number|boolean|invalid|expected/i;

describe('completing a step that is empty or holds the wrong kind of value', () => {
  it.each(STEPS.map((s) => [s.number, s] as const))('step %i names what is missing in plain Dutch', (_n, step) => {
    // Every field the empty step misses, then each of them filled with a value of the wrong kind.
    const fields = [...new Set(step.schema.safeParse({}).error!.issues.map((i) => String(i.path[0])))];
    for (const data of [{}, Object.fromEntries(fields.map((k) => [k, 42]))]) {
      const result = step.schema.safeParse(data);
      expect(result.success).toBe(false);
      for (const issue of result.error!.issues) {
        expect(issue.message, `${step.id} ${issue.path.join('.')}`).not.toMatch(DEVELOPER_TEXT);
      }
    }
  });
});
