/**
 * Renders the PDF documents (the agreement, the evaluation report) on the server. The only module
 * that loads @react-pdf/renderer, so it never reaches the browser bundle.
 */
import { createRequire } from 'node:module';
import { Font, pdf } from '@react-pdf/renderer';
import dutch from 'hyphen/nl';
import { reuseEmbeddedFonts } from './reuse-embedded-fonts';
import { cacheShaping, withShapingCache } from './shaping-cache';
import { writeXmpMetadata } from './xmp-metadata';
import { AgreementDocument } from '#templates/agreement/document';
import { FONT_FACES } from '#templates/theme';
import type { AgreementData } from '#templates/to-agreement-data';
import { EvaluationReportDocument } from '#templates/evaluation-report/document';
import type { EvaluationReportData } from '#templates/to-evaluation-report-data';

const SOFT_HYPHEN = '\u00ad';
/** Letters, with punctuation at most around them. */
const WORD = /^\p{P}*\p{L}+\p{P}*$/u;
let fontsReady: Promise<void> | null = null;

/**
 * The hyphenation points of a word never change, and layout asks for the same words on every page
 * and in both pagination rounds. Bounded: emptied when it grows large, so odd input cannot fill it.
 */
const hyphenated = new Map<string, string[]>();
function syllables(word: string): string[] {
  let parts = hyphenated.get(word);
  if (!parts) {
    if (hyphenated.size >= 20_000) hyphenated.clear();
    parts = dutch.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
    hyphenated.set(word, parts);
  }
  return parts;
}

/** Registers and loads the fonts once per thread. */
export function loadFonts() {
  fontsReady ??= registerFonts();
  return fontsReady;
}

async function registerFonts() {
  const require = createRequire(import.meta.url);
  const families = new Map<string, { src: string; fontWeight: number; fontStyle: 'normal' | 'italic' }[]>();
  for (const face of FONT_FACES) {
    const list = families.get(face.family) ?? [];
    list.push({ src: require.resolve(face.file), fontWeight: face.weight, fontStyle: face.style });
    families.set(face.family, list);
  }
  for (const [family, fonts] of families) Font.register({ family, fonts });
  // Dutch words, Dutch hyphenation (react-pdf's default is English). Short words are never split, and
  // neither is anything that is not a word: ids, hashes, e-mail addresses, numbers.
  Font.registerHyphenationCallback((word) => (word.length < 10 || !WORD.test(word) ? [word] : syllables(word)));
  for (const face of FONT_FACES) {
    const descriptor = { fontFamily: face.family, fontWeight: face.weight, fontStyle: face.style };
    await Font.load(descriptor);
    cacheShaping(Font.getFont(descriptor).data as unknown as Parameters<typeof cacheShaping>[0]);
  }
}

export function renderAgreementPdf(data: AgreementData): Promise<Buffer> {
  return renderPdf(<AgreementDocument data={data} />);
}

export function renderEvaluationReportPdf(data: EvaluationReportData): Promise<Buffer> {
  return renderPdf(<EvaluationReportDocument data={data} />);
}

async function renderPdf(document: Parameters<typeof pdf>[0]): Promise<Buffer> {
  await loadFonts();
  reuseEmbeddedFonts();
  writeXmpMetadata();
  const instance = pdf(document);
  try {
    return await withShapingCache(async () => {
      const stream = await instance.toBuffer();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
  } finally {
    // renderToBuffer never unmounts its React tree, and React's list of scheduled roots keeps every
    // container reachable: about 2 MB kept per document rendered, for the life of the server.
    instance.updateContainer(null as never);
    instance.container.document = null;
  }
}
