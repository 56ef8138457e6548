/**
 * Text shaping (fontkit's `layout`: glyph substitution and positioning) is the largest single cost of
 * laying out the agreement. Two savings, neither of which changes a glyph or a position:
 *
 * - The layout engine shapes the same strings again and again: running headers and footers on every
 *   page, labels per row, the whole document a second time once the page total is known. Within one
 *   render, each distinct string is shaped once per font. The cache lives for one render only, so
 *   nothing builds up across agreements and no agreement's text is kept once its PDF is out. A shaped
 *   run is shared, so it must not be changed: react-pdf copies positions before adjusting them and
 *   only rewrites glyphs for inline attachments, which the agreement does not use.
 * - Mark positioning (the `mark` and `mkmk` features: accents placed on letters) is about half the
 *   positioning work, yet only does something when the text holds a combining mark or a letter the
 *   font builds from a base and a mark. Which letters those are is measured per font, over the Latin
 *   ranges, by shaping each with and without; text with anything outside those ranges keeps them.
 */
interface Glyph {
  id: number;
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface ShapingFont {
  layout(text: string, features?: unknown, ...rest: unknown[]): { glyphs: Glyph[]; positions: Position[] };
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** Latin: Basic Latin to Latin Extended-B, and Latin Extended Additional (Vietnamese). */
const CHECKED = [
  [0x20, 0x24f],
  [0x1e00, 0x1eff],
] as const;
const COMBINING_MARK = /\p{M}/u;
const WITHOUT_MARKS = () => ({ mark: false, mkmk: false });

const wrapped = new WeakSet<object>();
let current: Map<ShapingFont, Map<string, unknown>> | null = null;

const sameRun = (a: ReturnType<ShapingFont['layout']>, b: ReturnType<ShapingFont['layout']>) =>
  a.glyphs.length === b.glyphs.length &&
  a.glyphs.every((g, i) => g.id === b.glyphs[i]!.id) &&
  a.positions.every((p, i) => {
    const q = b.positions[i]!;
    return p.xAdvance === q.xAdvance && p.yAdvance === q.yAdvance && p.xOffset === q.xOffset && p.yOffset === q.yOffset;
  });

/** The code points in the checked ranges whose shaping changes when mark positioning is left out. */
export function markDependentCodePoints(font: ShapingFont, shape = font.layout.bind(font)): Set<number> {
  const dependent = new Set<number>();
  for (const [from, to] of CHECKED) {
    for (let cp = from; cp <= to; cp++) {
      if (!font.hasGlyphForCodePoint(cp)) continue;
      // Combining marks themselves always keep mark positioning; what is left are letters the font
      // composes from a base and a mark, which does not depend on what stands before them.
      const text = String.fromCodePoint(cp);
      if (!sameRun(shape(text, []), shape(text, WITHOUT_MARKS()))) dependent.add(cp);
    }
  }
  return dependent;
}

function needsMarks(text: string, dependent: Set<number>): boolean {
  if (COMBINING_MARK.test(text)) return true;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (dependent.has(cp)) return true;
    if (!CHECKED.some(([from, to]) => cp >= from && cp <= to) && cp >= 0x20) return true;
  }
  return false;
}

/**
 * Character-to-glyph lookups: react-pdf asks the font for every character of every text (to pick a
 * font that has it), and fontkit answers each from the raw cmap table. A code point always maps to
 * the same glyph, so the answer is kept, per font, for the life of the process: for code points up to
 * U+2FFF only (the scripts and symbols an agreement uses), so the cache stays small whatever is typed.
 * Reached through fontkit's cmap processor, which it creates once per font.
 */
const CACHED_CODE_POINTS = 0x3000;
function cacheGlyphLookups(font: ShapingFont) {
  const cmap = (font as unknown as { _cmapProcessor?: { lookup?: (codePoint: number, variationSelector?: number) => number } })
    ._cmapProcessor;
  if (!cmap || typeof cmap.lookup !== 'function') return;
  const lookup = cmap.lookup.bind(cmap);
  const glyphIds = new Map<number, number>();
  cmap.lookup = (codePoint, variationSelector) => {
    if (variationSelector !== undefined || codePoint >= CACHED_CODE_POINTS) return lookup(codePoint, variationSelector);
    let id = glyphIds.get(codePoint);
    if (id === undefined) glyphIds.set(codePoint, (id = lookup(codePoint)));
    return id;
  };
}

/** Routes a loaded font's shaping through the per-render cache, without mark positioning where it has no effect. */
export function cacheShaping(font: ShapingFont) {
  if (wrapped.has(font)) return;
  wrapped.add(font);
  cacheGlyphLookups(font);
  const shape = font.layout.bind(font);
  const dependent = markDependentCodePoints(font, shape);
  const shapeLean = (text: string, features: unknown, rest: unknown[]) => {
    // react-pdf asks for no features of its own (an empty list); anything else is shaped as asked.
    const lean = Array.isArray(features) && features.length === 0 && !needsMarks(text, dependent);
    return shape(text, lean ? WITHOUT_MARKS() : features, ...rest);
  };
  font.layout = (text, features, ...rest) => {
    if (current === null) return shapeLean(text, features, rest);
    let runs = current.get(font);
    if (!runs) current.set(font, (runs = new Map()));
    const key = `${features === undefined ? '' : JSON.stringify(features)}\u0000${rest.join('\u0000')}\u0000${text}`;
    let run = runs.get(key) as ReturnType<ShapingFont['layout']> | undefined;
    if (run === undefined) runs.set(key, (run = shapeLean(text, features, rest)));
    return run;
  };
}

/** Runs one render with its own shaping cache. */
export async function withShapingCache<T>(render: () => Promise<T>): Promise<T> {
  const outer = current;
  current = outer ?? new Map();
  try {
    return await render();
  } finally {
    if (outer === null) current = null;
  }
}
