/**
 * Three-way merge of a stale step save. Pure, so client and server reach the same verdict.
 *
 * `base` is the revision the client started from, `current` what the server has now and `incoming`
 * what the client sends. Objects merge key by key; lists of rows with an `id` merge row by row and
 * field by field, so two partners can edit different rows (or different fields of one row) at once.
 * Only a value both sides changed differently is a conflict, reported with its path and both values.
 */
export type StepData = Record<string, unknown>;
export type Path = (string | number)[];

export interface Conflict {
  /** Where: keys, and row ids (not indexes) inside lists of rows. */
  path: Path;
  mine: unknown;
  theirs: unknown;
}

export type MergeResult = { ok: true; data: StepData } | { ok: false; conflicts: string[]; details: Conflict[] };

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

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Row = Record<string, unknown> & { id: string };
const isRowList = (v: unknown): v is Row[] => Array.isArray(v) && v.every((r) => isPlainObject(r) && typeof r.id === 'string');

const ABSENT = Symbol('absent');
type Value = unknown | typeof ABSENT;

/** Decides a conflict: the value to keep. Without one, a conflict is recorded and `current` kept. */
export type Resolver = (conflict: Conflict) => unknown;

function merge3(base: Value, current: Value, incoming: Value, path: Path, conflicts: Conflict[], resolve?: Resolver): Value {
  if (deepEqual(incoming, base)) return current;
  if (deepEqual(current, base) || deepEqual(incoming, current)) return incoming;
  if (isPlainObject(current) && isPlainObject(incoming) && (base === ABSENT || isPlainObject(base))) {
    return mergeObjects(isPlainObject(base) ? base : {}, current, incoming, path, conflicts, resolve);
  }
  if (isRowList(current) && isRowList(incoming) && (base === ABSENT || isRowList(base))) {
    return mergeRows(isRowList(base) ? base : [], current, incoming, path, conflicts, resolve);
  }
  const conflict = { path, mine: incoming === ABSENT ? undefined : incoming, theirs: current === ABSENT ? undefined : current };
  if (resolve) {
    const chosen = resolve(conflict);
    return chosen === undefined ? ABSENT : chosen;
  }
  conflicts.push(conflict);
  return current;
}

function mergeObjects(
  base: Record<string, unknown>,
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
  path: Path,
  conflicts: Conflict[],
  resolve?: Resolver,
) {
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(current), ...Object.keys(incoming), ...Object.keys(base)]);
  for (const key of keys) {
    const at = (o: Record<string, unknown>) => (Object.hasOwn(o, key) && o[key] !== undefined ? o[key] : ABSENT);
    const merged = merge3(at(base), at(current), at(incoming), [...path, key], conflicts, resolve);
    if (merged !== ABSENT) out[key] = merged;
  }
  return out;
}

function mergeRows(base: Row[], current: Row[], incoming: Row[], path: Path, conflicts: Conflict[], resolve?: Resolver): Row[] {
  const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id, r]));
  const [b, c, i] = [byId(base), byId(current), byId(incoming)];
  const merged = new Map<string, Row>();
  for (const id of new Set([...c.keys(), ...i.keys(), ...b.keys()])) {
    const row = merge3(b.get(id) ?? ABSENT, c.get(id) ?? ABSENT, i.get(id) ?? ABSENT, [...path, id], conflicts, resolve);
    if (row !== ABSENT) merged.set(id, row as Row);
  }
  // Order: whoever reordered wins; if both did, differently, that is a conflict on the list itself.
  const order = (rows: Row[]) => rows.map((r) => r.id).filter((id) => b.has(id));
  const baseOrder = order(base);
  const clientMoved = !deepEqual(
    order(incoming).filter((id) => c.has(id)),
    baseOrder.filter((id) => c.has(id) && i.has(id)),
  );
  const serverMoved = !deepEqual(
    order(current).filter((id) => i.has(id)),
    baseOrder.filter((id) => c.has(id) && i.has(id)),
  );
  let clientOrderWins = clientMoved && !serverMoved;
  if (
    clientMoved &&
    serverMoved &&
    !deepEqual(
      order(incoming).filter((id) => c.has(id)),
      order(current).filter((id) => i.has(id)),
    )
  ) {
    const conflict = { path, mine: incoming, theirs: current };
    if (resolve) clientOrderWins = resolve(conflict) === incoming;
    else conflicts.push(conflict);
  }
  const leading = clientOrderWins ? incoming : current;
  const trailing = leading === incoming ? current : incoming;
  const ids = [...leading.map((r) => r.id), ...trailing.map((r) => r.id)];
  return [...new Set(ids)].filter((id) => merged.has(id)).map((id) => merged.get(id)!);
}

export function mergeStepData(base: StepData, current: StepData, incoming: StepData): MergeResult {
  const details: Conflict[] = [];
  const data = mergeObjects(base, current, incoming, [], details);
  if (details.length > 0) return { ok: false, conflicts: [...new Set(details.map((d) => String(d.path[0])))], details };
  return { ok: true, data };
}

/** Merges like `mergeStepData`, deciding every conflict with `resolve` (the user's choice). */
export function resolveStepData(base: StepData, current: StepData, incoming: StepData, resolve: Resolver): StepData {
  return mergeObjects(base, current, incoming, [], [], resolve);
}

export const pathKey = (path: Path) => path.map(String).join('\u0000');
