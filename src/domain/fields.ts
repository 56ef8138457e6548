import { z } from './zod-nl';
import { validationNl } from '#src/i18n/nl/validation';
import { parseDutchNumber, type NumberProblem } from './numbers';

/**
 * Field atoms shared by every step schema.
 *
 * A step schema is written once as `(mode) => z.object({...})`:
 * - `draft`: what autosave accepts. Only types and lengths are checked: whatever a person types is
 *   kept, also an e-mail address without a domain or an amount that does not read as a number.
 * - `complete`: what marking a step "afgerond" demands: every format and consistency check. The form
 *   shows these checks at once for filled fields (see `liveIssues`), but they block only completing.
 * Both modes infer the same TypeScript type, so forms, server and PDF share one data type.
 */
export type Mode = 'draft' | 'complete';

// Every message a field atom gives lives in src/i18n; the type check keeps one per number problem.
const numberProblem: Record<NumberProblem, string> = validationNl.numberProblem;

export const LIMITS = { short: 200, medium: 2000, long: 10_000, rows: 100 } as const;

type Atom<T> = z.ZodType<T | undefined, T | undefined>;

const optionalize = <T>(schema: z.ZodType<T>) => schema.optional() as unknown as Atom<T>;

/** Free text. `optional` texts may stay empty even when the step is complete. */
export function text(mode: Mode, opts: { max?: number; optional?: boolean } = {}): Atom<string> {
  const max = opts.max ?? LIMITS.short;
  const base = z.string({ error: validationNl.required }).max(max, validationNl.tooLong(max));
  if (mode === 'draft' || opts.optional) return optionalize(base);
  return base.refine((v) => v.trim().length > 0, validationNl.required) as unknown as Atom<string>;
}

export const longText = (mode: Mode, opts: { optional?: boolean } = {}) => text(mode, { max: LIMITS.long, ...opts });

/** Any text up to the short limit: what a draft keeps of a formatted field, whatever its format. */
const shortString = () => z.string().max(LIMITS.short, validationNl.tooLong(LIMITS.short));

/** An input that is either empty (not yet filled) or matches `valid`; a draft keeps any text. */
function emptyOr(mode: Mode, valid: z.ZodType<string, string>, message: string, optional = false): Atom<string> {
  if (mode === 'draft') return optionalize(shortString());
  const filled = shortString().pipe(valid);
  if (optional) return optionalize(z.union([z.literal(''), filled], { error: message }));
  return z.string({ error: validationNl.required }).min(1, validationNl.required).pipe(filled) as unknown as Atom<string>;
}

export const email = (mode: Mode, opts: { optional?: boolean } = {}) =>
  emptyOr(mode, z.email(validationNl.email), validationNl.email, opts.optional);

export const phone = (mode: Mode, opts: { optional?: boolean } = {}) =>
  emptyOr(mode, z.string().regex(/^\+?[0-9 ()-]{8,20}$/, validationNl.phone), validationNl.phone, opts.optional);

/** Dates a partnership can plausibly name; a typo such as 1901 or 20277 is caught. */
const DATE_RANGE = { from: '2000-01-01', to: '2100-12-31' } as const;

/** A calendar date as `YYYY-MM-DD` (what `<input type="date">` gives). */
export const date = (mode: Mode, opts: { optional?: boolean } = {}) =>
  emptyOr(
    mode,
    z.iso
      .date({ error: validationNl.date })
      // Only for a real date: a wrong format already has its own message.
      .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || (d >= DATE_RANGE.from && d <= DATE_RANGE.to), validationNl.dateRange),
    validationNl.date,
    opts.optional,
  );

/** One of a fixed set of values; '' means "not chosen yet". */
export function choice<const V extends readonly [string, ...string[]]>(
  mode: Mode,
  values: V,
  opts: { optional?: boolean } = {},
): Atom<V[number] | ''> {
  const picked = z.enum(values, { error: validationNl.choose });
  // An unanswered radio group reads as null in the form; a draft may hold it.
  if (mode === 'draft' || opts.optional)
    return optionalize(z.union([z.literal(''), picked], { error: validationNl.choose }).nullable()) as Atom<V[number] | ''>;
  return picked as unknown as Atom<V[number] | ''>;
}

/** Several of a fixed set of values (checkbox group). */
export function choices<const V extends readonly [string, ...string[]]>(
  mode: Mode,
  values: V,
  opts: { min?: number } = {},
): Atom<V[number][]> {
  const base = z.array(z.enum(values, { error: validationNl.choose }), { error: validationNl.choose }).max(values.length);
  if (mode === 'draft' || !opts.min) return optionalize(base);
  return base.min(opts.min, validationNl.choose) as unknown as Atom<V[number][]>;
}

export function yesNo(mode: Mode, opts: { optional?: boolean } = {}): Atom<boolean | null> {
  const base = z.boolean({ error: validationNl.choose }).nullable();
  if (mode === 'draft' || opts.optional) return optionalize(base);
  return z.boolean({ error: validationNl.choose }) as unknown as Atom<boolean | null>;
}

/**
 * A number typed into a field; empty is `null`. The form stores what it could read as a number, and
 * otherwise the text as typed (`numberFieldValue`), so a draft may hold a string: completing explains it.
 */
export function amount(
  mode: Mode,
  opts: { min?: number; max?: number; integer?: boolean; optional?: boolean } = {},
): Atom<number | string | null> {
  if (mode === 'draft') return optionalize(z.union([z.number(), shortString()], { error: validationNl.number }).nullable());
  const min = opts.min ?? 0;
  const max = opts.max ?? 1_000_000_000;
  let n = z.number({ error: validationNl.number }).min(min, validationNl.numberAtLeast(min));
  n = n.max(max, validationNl.numberAtMost(max));
  if (opts.integer) n = n.int(validationNl.wholeNumber);
  const typed = z.union([z.number(), shortString(), z.null()], { error: validationNl.number });
  const checked = typed.superRefine((value, ctx) => {
    if (value === null) {
      if (!opts.optional) ctx.addIssue({ code: 'custom', message: validationNl.number });
      return;
    }
    if (typeof value === 'string') {
      const parsed = parseDutchNumber(value);
      ctx.addIssue({ code: 'custom', message: parsed.ok ? validationNl.number : numberProblem[parsed.problem] });
      return;
    }
    for (const issue of n.safeParse(value).error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message });
  });
  return (opts.optional ? optionalize(checked) : checked) as Atom<number | string | null>;
}

/** Repeatable rows. Each row carries a stable `id` so edits, merges and focus follow the row. */
export function list<T extends z.ZodRawShape>(mode: Mode, shape: T, opts: { min?: number; max?: number } = {}) {
  const max = opts.max ?? LIMITS.rows;
  const row = z.object({ id: z.string().min(1).max(64), ...shape });
  const base = z.array(row, { error: validationNl.atLeast(opts.min ?? 1) }).max(max, validationNl.tooMany(max));
  if (mode === 'draft' || !opts.min) return optionalize(base);
  return base.min(opts.min, validationNl.atLeast(opts.min)) as unknown as Atom<z.infer<typeof row>[]>;
}

export const newRowId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : Math.random().toString(36).slice(2) + Date.now().toString(36);
