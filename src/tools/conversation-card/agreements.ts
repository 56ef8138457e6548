/** Pure helpers for turning agreements into vision text and action rows. */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The texts ("wat") of saved action-plan rows (step 5's data, unchecked), normalised for comparison. */
export function actionTexts(rows: unknown): Set<string> {
  if (!Array.isArray(rows)) return new Set();
  return new Set(
    rows.flatMap((r) => {
      const what = r && typeof r === 'object' ? (r as { what?: unknown }).what : undefined;
      return typeof what === 'string' && what.trim() ? [normalise(what)] : [];
    }),
  );
}

/** Whether `text` already stands in `vision` (ignoring case and spacing). */
export const visionContains = (vision: string, text: string) => normalise(vision).includes(normalise(text));

/** The vision with `text` appended as a paragraph of its own. */
export function appendToVision(vision: string, text: string): string {
  const current = vision.trimEnd();
  return current ? `${current}\n\n${text.trim()}` : text.trim();
}

export const textKey = normalise;
