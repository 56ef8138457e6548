/**
 * Renders the agreement PDF on the server. The only module that loads @react-pdf/renderer, so it
 * never reaches the browser bundle.
 */
import { createRequire } from 'node:module';
import { Font, renderToBuffer } from '@react-pdf/renderer';
import dutch from 'hyphen/nl';
import { AgreementDocument } from '../../../templates/agreement/document';
import { FONT_FACES } from '../../../templates/theme';
import type { AgreementData } from '../../../templates/to-agreement-data';

const SOFT_HYPHEN = '\u00ad';
/** Letters, with punctuation at most around them. */
const WORD = /^\p{P}*\p{L}+\p{P}*$/u;
let fontsRegistered = false;

function registerFonts() {
  if (fontsRegistered) return;
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
  Font.registerHyphenationCallback((word) =>
    word.length < 10 || !WORD.test(word) ? [word] : dutch.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN),
  );
  fontsRegistered = true;
}

export async function renderAgreementPdf(data: AgreementData): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(<AgreementDocument data={data} />);
}
