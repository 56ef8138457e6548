/**
 * Field-by-field merge of a stale step save. Pure, so client and server reach the same verdict.
 *
 * `base` is the revision the client started from, `current` what the server has now and `incoming`
 * what the client sends. Only top-level keys are compared: a list (such as partners) is one field.
 */
export type StepData = Record<string, unknown>;

export type MergeResult = { ok: true; data: StepData } | { ok: false; conflicts: string[] };

/** Structural equality for JSON values (key order of objects does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const aKeys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bKeys = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((k) => Object.hasOwn(bo, k) && deepEqual(ao[k], bo[k]));
}

/** Top-level keys whose value differs between two versions; a key missing on one side counts as a change. */
export function changedKeys(from: StepData, to: StepData): string[] {
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
  return [...keys].filter((k) => !deepEqual(from[k], to[k]));
}

export function mergeStepData(base: StepData, current: StepData, incoming: StepData): MergeResult {
  const clientChanged = changedKeys(base, incoming);
  const serverChanged = new Set(changedKeys(base, current));
  // Both sides touched the same field: fine only when they agree on the value.
  const conflicts = clientChanged.filter((k) => serverChanged.has(k) && !deepEqual(incoming[k], current[k]));
  if (conflicts.length > 0) return { ok: false, conflicts };
  const data: StepData = { ...current };
  for (const k of clientChanged) {
    if (incoming[k] === undefined) delete data[k];
    else data[k] = incoming[k];
  }
  return { ok: true, data };
}
