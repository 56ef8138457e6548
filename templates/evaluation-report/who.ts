/** Who said what: names as the report prints them, and texts grouped so the same words appear once. */
import type { TextAnswer, Who } from '#src/domain/evaluation/api';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { reportCopy } from './copy';
import type { Quote } from './parts';

/** "Marieke Bos (Het Zeekompas)", "Iemand van Het Zeekompas", with ", papieren formulier" when typed in from paper. */
export function whoLabel(who: Who): string {
  const name = who.person?.trim()
    ? reportCopy.who.person(who.person.trim(), who.partnerName)
    : evaluationNl.measures.unnamed(who.partnerName);
  return who.paper ? reportCopy.who.paper(name) : name;
}

const sameText = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** Texts in the order first given; the same text from several people once, with all of them. */
export function quotes(answers: readonly TextAnswer[]): Quote[] {
  const byText = new Map<string, { text: string; who: string[] }>();
  for (const a of answers) {
    const key = sameText(a.text);
    if (!key) continue;
    const entry = byText.get(key) ?? { text: a.text.trim(), who: [] };
    const who = whoLabel(a);
    if (!entry.who.includes(who)) entry.who.push(who);
    byText.set(key, entry);
  }
  return [...byText.values()].map((e) => ({ text: e.text, who: e.who.join('; ') }));
}
