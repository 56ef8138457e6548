/**
 * react-pdf sets the font before every run of text by handing pdfkit the font object itself, which
 * pdfkit cannot look up by name: it builds a new embedded font each time and then compares it with
 * the one it already has (serialising the font's name table to do so). For a 20-page agreement that
 * was several thousand throw-away fonts per render. This keeps, per document, the embedded font pdfkit
 * settled on for each font object and hands it back, which is what pdfkit ends up with anyway.
 */
import PDFDocument from 'pdfkit';

interface FontState {
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
  fontSize(size: number): unknown;
}
type FontMethod = (this: FontState, src: unknown, family?: unknown, size?: unknown) => unknown;

const CACHE = Symbol('embedded fonts by font object');
let patched = false;

export function reuseEmbeddedFonts() {
  if (patched) return;
  patched = true;
  const proto = (PDFDocument as unknown as { prototype: { font: FontMethod } }).prototype;
  const original = proto.font;
  proto.font = function (this: FontState & { [CACHE]?: WeakMap<object, unknown> }, src, family, size) {
    // Only the call react-pdf makes: a loaded font object and a size, no family name.
    const isFontObject = typeof src === 'object' && src !== null && typeof (src as { layout?: unknown }).layout === 'function';
    if (!isFontObject || typeof family !== 'number' || size !== undefined) return original.call(this, src, family, size);
    const cache = (this[CACHE] ??= new WeakMap());
    const embedded = cache.get(src as object);
    if (embedded === undefined) {
      original.call(this, src, family);
      cache.set(src as object, this._font);
      return this;
    }
    this._font = embedded;
    this._fontSource = src;
    this._fontFamily = null;
    this.fontSize(family);
    return this;
  };
}
