import { z } from './zod-nl';
import { changedKeys, deepEqual, type Path, type StepData } from './merge';
import { historyNl } from '#src/i18n/nl/history';

/**
 * The history of a step: per saved revision who saved it, when, and which fields changed against the
 * revision before. Pure and isomorphic: the server computes the changes, the client only labels them.
 */

/** One changed value. `before`/`after` are undefined when the field (or row) did not exist on that side. */
export interface FieldChange {
  /** Keys, and row ids (not indexes) inside lists of rows, as in merge conflicts. */
  path: Path;
  /**
   * Per path segment: for a row id, how a person recognises the row ("rij 2: Het Stedelijk Lyceum");
   * null for plain keys (the client labels those from the step's copy).
   */
  rows: (string | null)[];
  before?: unknown;
  after?: unknown;
}

type Row = Record<string, unknown> & { id: string };
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRowList = (v: unknown): v is Row[] =>
  Array.isArray(v) && v.length > 0 && v.every((r) => isPlainObject(r) && typeof r.id === 'string');
const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;
/** A list of rows on either side (the other side may be empty or missing). */
const rowLists = (a: unknown, b: unknown): [Row[], Row[]] | null => {
  const ok = (v: unknown) => v === undefined || isEmptyList(v) || isRowList(v);
  if (!ok(a) || !ok(b) || !(isRowList(a) || isRowList(b))) return null;
  return [(a as Row[] | undefined) ?? [], (b as Row[] | undefined) ?? []];
};

/** Fields that name a row, in order of preference: what a person would call it. */
const TITLE_FIELDS = ['name', 'title', 'what', 'label', 'topic', 'subject', 'question', 'description'];

/** "rij 2" or "rij 2: Het Stedelijk Lyceum": the 1-based position and the row's name when it has one. */
export function rowLabel(row: Record<string, unknown>, index: number): string {
  const title = TITLE_FIELDS.map((k) => row[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const short = title && title.length > 60 ? `${title.slice(0, 59)}…` : title;
  return short ? `rij ${index + 1}: ${short.trim()}` : `rij ${index + 1}`;
}

function diffValue(before: unknown, after: unknown, path: Path, rows: (string | null)[], out: FieldChange[]) {
  if (deepEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of changedKeys(before, after)) diffValue(before[key], after[key], [...path, key], [...rows, null], out);
    return;
  }
  const lists = rowLists(before, after);
  if (lists) {
    const [from, to] = lists;
    const old = new Map(from.map((r, i) => [r.id, { row: r, i }]));
    const now = new Map(to.map((r, i) => [r.id, { row: r, i }]));
    for (const [id, { row, i }] of now) {
      const prev = old.get(id);
      const label = rowLabel(row, i);
      // A new row is one change (the whole row); a changed row lists its fields.
      if (!prev) out.push({ path: [...path, id], rows: [...rows, label], after: row });
      else diffValue(prev.row, row, [...path, id], [...rows, label], out);
    }
    for (const [id, { row, i }] of old) {
      if (!now.has(id)) out.push({ path: [...path, id], rows: [...rows, rowLabel(row, i)], before: row });
    }
    // Only the order changed: one change on the list itself, in ids.
    const order = (list: Row[]) => list.map((r) => r.id).filter((id) => old.has(id) && now.has(id));
    if (!deepEqual(order(from), order(to))) out.push({ path, rows, before: order(from), after: order(to) });
    return;
  }
  const change: FieldChange = { path, rows };
  if (before !== undefined) change.before = before;
  if (after !== undefined) change.after = after;
  out.push(change);
}

/**
 * Field-level changes from one revision to the next: objects by key, lists of rows by row id (added,
 * removed, or per field), anything else (texts, numbers, choice lists) as one value old → new.
 */
export function diffStepData(before: StepData, after: StepData): FieldChange[] {
  const out: FieldChange[] = [];
  diffValue(before, after, [], [], out);
  return out;
}

/** Who saved a revision, as the request identity named them. Null for revisions saved before this was recorded. */
export const revisionActorSchema = z.object({
  kind: z.enum(['owner', 'invite']),
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  /** The person the link was made for, when the owner named one. */
  person: z.string().nullable(),
  inviteId: z.string().nullable(),
});
export type RevisionActor = z.infer<typeof revisionActorSchema>;

const fieldChangeSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  rows: z.array(z.string().nullable()),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});

export const historyEntrySchema = z.object({
  revision: z.number().int(),
  at: z.string(),
  actor: revisionActorSchema.nullable(),
  changes: z.array(fieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyResponseSchema = z.object({
  revisions: z.array(historyEntrySchema),
  /** Pass as `?before=` for the next (older) page; null when this page reaches revision 1. */
  next: z.number().int().nullable(),
});
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

export const HISTORY_PAGE = { default: 50, max: 100 } as const;

/** Long texts and drawn signatures stay out of the history view: a value is cut to this many characters. */
export const HISTORY_VALUE_MAX = 400;

/** Cuts long strings (anywhere in a value) so one history page stays small. */
export function clipValue(value: unknown, max = HISTORY_VALUE_MAX): unknown {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max - 1)}…` : value;
  if (Array.isArray(value)) return value.map((v) => clipValue(v, max));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clipValue(v, max)]));
  return value;
}

type CopyNode = { label?: unknown; legend?: unknown; title?: unknown } & Record<string, unknown>;

/**
 * The copy entry for a data key: the entry under that key where the walk is, else the first one found
 * deeper down (a tool keeps the labels of a row's fields in a part of its copy), else anywhere.
 */
function copyEntry(node: unknown, key: string, depth = 0): unknown {
  if (!isPlainObject(node) || depth > 5) return undefined;
  if (key in node) return node[key];
  // A form may keep `acute.contactEmail` of its copy as the field `acuteContactEmail`, or the copy's
  // `hours` as the field `hoursPerWeek`.
  for (const at of [...key.matchAll(/[A-Z]/g)].map((m) => m.index)) {
    const group = node[key.slice(0, at)];
    const rest = key.charAt(at).toLowerCase() + key.slice(at + 1);
    if (isPlainObject(group) && rest in group) return group[rest];
    if (isPlainObject(group) && typeof group.label === 'string') return group;
  }
  for (const child of Object.values(node)) {
    const found = copyEntry(child, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const nameOf = (entry: unknown): string | undefined => {
  if (typeof entry === 'string') return entry;
  if (!isPlainObject(entry)) return undefined;
  const name = (entry as CopyNode).label ?? (entry as CopyNode).legend ?? (entry as CopyNode).title;
  return typeof name === 'string' ? name : undefined;
};

/**
 * How a person reads where a change is: the field labels of the step's copy (`label` or `legend` per key,
 * nested for the fields of a row), with the row's own label between them. A key the copy does not know
 * is named from `historyNl.fieldNames`, or as "ander veld": a stored key is never shown.
 */
export function changeLabel(copy: unknown, change: Pick<FieldChange, 'path' | 'rows'>): string {
  const parts: string[] = [];
  let node: unknown = copy;
  change.path.forEach((segment, i) => {
    const row = change.rows[i];
    if (row) {
      parts.push(row);
      return;
    }
    const key = String(segment);
    const entry = copyEntry(node, key) ?? copyEntry(copy, key);
    parts.push(nameOf(entry) ?? historyNl.fieldNames[key] ?? historyNl.otherField);
    node = entry;
  });
  return parts.join(' › ');
}
