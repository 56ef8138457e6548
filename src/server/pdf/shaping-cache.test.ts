import { beforeAll, describe, expect, it } from 'vitest';
import { Font } from '@react-pdf/renderer';
import { loadFonts } from './render';
import { withShapingCache } from './shaping-cache';
import { FONT_FACES } from '#templates/theme';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';
import { partnersFromInitiatief } from '#src/domain/dossier';
import { agreementContent } from '#src/domain/agreement/content';
import { STEPS } from '#steps/index';
import { draftMeta, toAgreementData } from '#templates/to-agreement-data';

interface Run {
  glyphs: { id: number }[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
}
interface LoadedFont {
  postscriptName: string;
  layout(text: string, features?: unknown, ...rest: unknown[]): Run;
}

const fonts = () =>
  FONT_FACES.map(
    (f) => Font.getFont({ fontFamily: f.family, fontWeight: f.weight, fontStyle: f.style }).data as unknown as LoadedFont,
  );
/** fontkit's own shaping, with every feature: what the cache must reproduce exactly. */
const fullShaping = (font: LoadedFont, text: string): Run =>
  Object.getPrototypeOf(font).layout.call(font, text, [], undefined, undefined, 'ltr');
const plain = (run: Run) => ({ glyphs: run.glyphs.map((g) => g.id), positions: run.positions.map((p) => ({ ...p })) });

/** Every line of text the example agreement prints, and names with every kind of Latin diacritic. */
function printedLines(): string[] {
  const { title, gemeente, steps } = EXAMPLE_DOSSIER;
  const content = agreementContent(STEPS, { title, gemeente, partners: partnersFromInitiatief(steps.initiatief) }, steps);
  const data = toAgreementData(content, draftMeta('d', 'f'.repeat(64), [], '2027-01-01T00:00:00.000Z'));
  const out = new Set<string>([
    'Şükrü Yılmaz',
    'Łucja Wąsowska',
    'Nguyễn Thị Hương',
    'Đặng Thị Ánh Tuyết',
    'Ærøskøbing Čapek Đorđević',
    'Ǆemal ǈubo',
    'Ñandú façade naïve',
    'e\u0301te\u0301 (combining)',
  ]);
  const walk = (v: unknown) => {
    if (typeof v === 'string') v.split('\n').forEach((line) => out.add(line));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return [...out];
}

describe('text shaping', () => {
  beforeAll(() => loadFonts());

  it('gives exactly the glyphs and positions of full shaping, for every line of the agreement in every font', () => {
    const lines = printedLines();
    expect(lines.length).toBeGreaterThan(200);
    for (const font of fonts()) {
      for (const line of lines) {
        expect(plain(font.layout(line, [], undefined, undefined, 'ltr')), `${font.postscriptName}: ${line}`).toEqual(
          plain(fullShaping(font, line)),
        );
      }
    }
  });

  it('keeps mark positioning where a font builds letters from a base and an accent (Vietnamese)', () => {
    const vietnamese = 'Nguyễn Thị Hương';
    const leanDiffers = fonts().filter((font) => {
      const lean = Object.getPrototypeOf(font).layout.call(
        font,
        vietnamese,
        { mark: false, mkmk: false },
        undefined,
        undefined,
        'ltr',
      ) as Run;
      return JSON.stringify(plain(lean)) !== JSON.stringify(plain(fullShaping(font, vietnamese)));
    });
    // In these fonts the accents would sit elsewhere without mark positioning: the check above is not vacuous.
    expect(leanDiffers.map((f) => f.postscriptName)).toContain('NotoSans-Regular');
  });

  it('finds a glyph for exactly the characters each font has, asked once or many times', () => {
    for (const font of fonts() as unknown as {
      hasGlyphForCodePoint(cp: number): boolean;
      characterSet: number[];
      postscriptName: string;
    }[]) {
      const has = new Set(font.characterSet);
      for (let round = 0; round < 2; round++) {
        for (let cp = 0x20; cp < 0x3100; cp += 3)
          expect(font.hasGlyphForCodePoint(cp), `${font.postscriptName} U+${cp.toString(16)}`).toBe(has.has(cp));
      }
    }
  });

  it('shapes each string once per render, and keeps nothing after it', async () => {
    const font = fonts()[0]!;
    let inside: [Run, Run] | undefined;
    await withShapingCache(async () => {
      inside = [font.layout('Samenwerkingsovereenkomst', []), font.layout('Samenwerkingsovereenkomst', [])];
    });
    expect(inside![0]).toBe(inside![1]);
    expect(font.layout('Samenwerkingsovereenkomst', [])).not.toBe(inside![0]);
  });
});
