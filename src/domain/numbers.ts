/**
 * Numbers as Dutch people type and read them: a dot groups thousands ("40.000"), a comma starts the
 * decimals ("2,5"), money may come with "€", "EUR" or a trailing ",-". Anything that does not read
 * one way only is not guessed at: the caller keeps the text as typed and shows why.
 */

export type NumberProblem =
  /** "2.5" or "40000.50": a dot where Dutch writes a comma (or a thousands dot in the wrong place). */
  | 'decimal-point'
  /** "1,000": a comma and three digits, read as one thousand in English and as one in Dutch. */
  | 'ambiguous-comma'
  /** "veel geld", "1,2,3": no number at all. */
  | 'not-a-number';

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const CURRENCY = /^(€|eur(o)?\b)\s*|\s*(€|eur(o)?)$/i;
// Spaces people (and copied text) put between digit groups: normal, no-break and narrow no-break.
const SPACES = /[\s\u00a0\u202f]+/g;

const DUTCH_GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const DUTCH_PLAIN = /^\d+(,\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}( \d{3})+(,\d+)?$/;

/** Reads what a person typed into a number field. Returns `ok: false` rather than a different number. */
export function parseDutchNumber(input: string): ParsedNumber {
  let text = input
    .trim()
    .replace(/,-{1,2}$/, '')
    .trim();
  // The currency may stand before or after the number ("€ 40.000", "40.000 euro").
  text = text.replace(CURRENCY, '').trim().replace(CURRENCY, '').trim();
  let sign = 1;
  if (/^[-−]/.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  }
  // "40 000" groups with spaces: allowed when every group after the first has three digits.
  const collapsed = text.replace(SPACES, ' ');
  if (SPACE_GROUPED.test(collapsed)) text = collapsed.replace(/ /g, '');
  if (text === '' || /\s/.test(text)) return { ok: false, problem: 'not-a-number' };

  if (DUTCH_GROUPED.test(text) || DUTCH_PLAIN.test(text)) {
    const [whole, decimals] = text.split(',');
    if (decimals !== undefined && decimals.length === 3 && whole !== '0' && !whole.includes('.') && whole.length <= 3) {
      return { ok: false, problem: 'ambiguous-comma' };
    }
    const value = Number(`${whole.replace(/\./g, '')}${decimals === undefined ? '' : `.${decimals}`}`);
    return Number.isFinite(value) ? { ok: true, value: sign * value } : { ok: false, problem: 'not-a-number' };
  }
  if (/^\d[\d.,]*$/.test(text) && text.includes('.')) return { ok: false, problem: 'decimal-point' };
  return { ok: false, problem: 'not-a-number' };
}

// Up to 20 decimals: Intl prints the shortest text that reads back as the same number, so nothing is rounded.
const grouped = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 20 });

/** A number as a Dutch reader expects it: "40.000", "2,5". Also what a number field shows after typing. */
export const formatDutchNumber = (n: number): string => grouped.format(n);

const euroWhole = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const euroCents = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });

/** An amount of money: "€ 40.000", "€ 40.000,50". */
export const formatEuro = (n: number): string => (Number.isInteger(n) ? euroWhole : euroCents).format(n);

/**
 * The stored value of a number field: a number when the text reads as one, the text itself when not
 * (so nothing typed is lost or turned into another number), `null` when empty.
 */
export function numberFieldValue(input: unknown): number | string | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return input;
  const text = String(input);
  if (text.trim() === '') return null;
  const parsed = parseDutchNumber(text);
  return parsed.ok ? parsed.value : text;
}

/** What a number field shows for a stored value. */
export function numberFieldText(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return formatDutchNumber(value);
  if (typeof value === 'string') return value;
  return '';
}
