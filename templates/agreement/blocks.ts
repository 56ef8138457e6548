/**
 * The printable pieces of an agreement section, and the pure helpers the section builders share to
 * read stored step data (which may be partial in a draft) and to format it the Dutch way.
 * No Node APIs: the browser's HTML rendition uses the same data.
 */
import type { Partner } from '#src/domain/partners';
import type { AgreementContent } from '#src/domain/agreement/content';
import { formatDateNl } from '#src/domain/funding';
import type { Column, Field } from '#templates/pdf/types';

export type { Column, Field } from '#templates/pdf/types';

export type Block =
  /** A heading inside a section. */
  | { kind: 'heading'; text: string }
  /** Short answers as label and value, side by side. */
  | { kind: 'fields'; fields: Field[] }
  /** A long answer: its label, then the text (paragraphs separated by blank lines). */
  | { kind: 'text'; label: string; text: string }
  /** Several chosen options or agreements. */
  | { kind: 'list'; label: string; items: string[] }
  /** Rows with a header row; cells are plain text, `\n` starts a new line within a cell. */
  /**
   * `annex`: a table too wide for a portrait page. The PDF prints it as an annex in landscape, under
   * this name, with a reference in its place; the HTML rendition keeps it in place.
   */
  | { kind: 'table'; label: string; columns: Column[]; rows: string[][]; note?: string; annex?: string }
  /** A short explanation in smaller type. */
  | { kind: 'note'; text: string };

export interface Section {
  stepId: string;
  number: number;
  /** "Stap 1 — Neem het initiatief". */
  title: string;
  blocks: Block[];
}

/** What a section builder may look at besides its own step's data. */
export interface SectionContext {
  content: AgreementContent;
  partners: readonly Partner[];
  /** The partner's name, or '' for an id that is not (or no longer) a partner. */
  partnerName(id: unknown): string;
}

// ---------- reading stored data defensively ----------

export const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
export const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
export const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
/** The rows of a list field: objects only. */
export const rows = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r)) : [];
export const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

// ---------- formatting ----------

// Shared with the other documents; the section builders take them from here with the rest.
export { date, joinNl, lines, number } from '#templates/format';

// Made once: an Intl formatter costs more to build than to use.
const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const amsterdamClock = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/**
 * An ISO timestamp → "3 februari 2027, 15:03:09 (CET)": Dutch time, to the second, with its zone (CEST in
 * summer), so a reader never has to convert from UTC and the hour that repeats in October stays unambiguous.
 */
export function dateTimeAmsterdam(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const part = Object.fromEntries(amsterdamClock.formatToParts(d).map((p) => [p.type, p.value]));
  return `${formatDateNl(amsterdamDay.format(d))}, ${part.hour}:${part.minute}:${part.second} (${part.timeZoneName})`;
}

const euroWhole = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const euroCents = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
/** 95000 → "€ 95.000"; 12.5 → "€ 12,50". */
export const euro = (n: number): string => (Number.isInteger(n) ? euroWhole : euroCents).format(n);

export const YES = 'Ja';
export const NO = 'Nee';
export const yesNo = (v: unknown): string => (v === true ? YES : v === false ? NO : '');

/** The label of a stored option value; an unknown value (an older list) is shown as stored. */
export function optionLabel(options: readonly { value: string; label: string }[], value: unknown): string {
  const v = str(value);
  return options.find((o) => o.value === v)?.label ?? v;
}

export const optionLabels = (options: readonly { value: string; label: string }[], values: unknown): string[] =>
  strings(values).map((v) => optionLabel(options, v));

// ---------- assembling blocks, skipping what is empty ----------

/** Field pairs with an empty value are left out; so is a block without any. */
export function fields(...pairs: [label: string, value: string][]): Block[] {
  const filled = pairs.filter(([, value]) => value.trim() !== '').map(([label, value]) => ({ label, value }));
  return filled.length ? [{ kind: 'fields', fields: filled }] : [];
}

export const text = (label: string, value: unknown): Block[] => (str(value) ? [{ kind: 'text', label, text: str(value) }] : []);

export const list = (label: string, items: readonly string[]): Block[] =>
  items.length ? [{ kind: 'list', label, items: [...items] }] : [];

export function table(label: string, columns: Column[], body: string[][], note?: string, annex?: string): Block[] {
  if (body.length === 0) return [];
  return [{ kind: 'table', label, columns, rows: body, ...(note ? { note } : {}), ...(annex ? { annex } : {}) }];
}

export const heading = (text: string): Block[] => [{ kind: 'heading', text }];
export const note = (text: string): Block[] => (text ? [{ kind: 'note', text }] : []);

/** One step's part of the agreement: which data keys it prints, and how. */
export interface SectionBuilder {
  /** Every key of the step's data this builder prints (a test checks none is forgotten). */
  keys: readonly string[];
  build(data: Record<string, unknown>, ctx: SectionContext): Block[];
}
