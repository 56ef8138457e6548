/**
 * Text shaping (fontkit's `layout`: glyph substitution and positioning) is the largest single cost of
 * laying out the agreement, and the layout engine shapes the same strings again and again: running
 * headers and footers on every page, table headers repeated per page, labels per row, and the whole
 * document a second time once the page total is known. Within one render, each distinct string is
 * shaped once per font.
 *
 * The cache lives for one render only, so memory does not build up across agreements and one
 * agreement's text is never kept once its PDF is out. A shaped run is shared, so it must not be
 * changed: react-pdf copies positions before adjusting them and only rewrites glyphs for inline
 * attachments, which the agreement does not use.
 */
interface ShapingFont {
  layout(text: string, features?: unknown, ...rest: unknown[]): unknown;
}

const wrapped = new WeakSet<object>();
let current: Map<ShapingFont, Map<string, unknown>> | null = null;

/** Routes a loaded font's shaping through the per-render cache. */
export function cacheShaping(font: ShapingFont) {
  if (wrapped.has(font)) return;
  wrapped.add(font);
  const shape = font.layout.bind(font);
  font.layout = (text, features, ...rest) => {
    if (current === null) return shape(text, features, ...rest);
    let runs = current.get(font);
    if (!runs) current.set(font, (runs = new Map()));
    const key = `${features === undefined ? '' : JSON.stringify(features)}\u0000${rest.join('\u0000')}\u0000${text}`;
    let run = runs.get(key);
    if (run === undefined) runs.set(key, (run = shape(text, features, ...rest)));
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
