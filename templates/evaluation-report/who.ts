/** Who said what: names as the report prints them, and texts grouped so the same words appear once. */
import type { TextAnswer, Who } from '#src/domain/evaluation/api';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { joinNl } from '#templates/format';
import { reportCopy } from './copy';
import type { Quote } from './parts';

const w = reportCopy.who;
const nameOf = (who: Who) => who.person?.trim() || '';

/** "Marieke Bos (Het Zeekompas)", "Iemand van Het Zeekompas", with ", papieren formulier" when typed in from paper. */
export function whoLabel(who: Who): string {
  const name = nameOf(who) ? w.person(nameOf(who), who.partnerName) : evaluationNl.measures.unnamed(who.partnerName);
  return who.paper ? w.paper(name) : name;
}

/**
 * Several people: per organisation, in the order they first appear, "Het Zeekompas: Marieke Bos en
 * Ahmed Yilmaz; Gemeente Westerhaven: iemand zonder naam". The same person is named once.
 */
export function whoList(people: readonly Who[]): string {
  const seen = new Set<string>();
  const unique = people.filter((p) => {
    const key = JSON.stringify([p.partnerName, nameOf(p), p.paper]);
    // People without a name are counted, never merged: two of them are two people.
    if (nameOf(p) && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 1) return whoLabel(unique[0]!);
  const byOrganisation = new Map<string, string[]>();
  for (const p of unique) {
    const names = byOrganisation.get(p.partnerName) ?? [];
    const name = nameOf(p) || w.nameless;
    names.push(p.paper ? w.inListPaper(name) : name);
    byOrganisation.set(p.partnerName, names);
  }
  return [...byOrganisation]
    .map(([organisation, names]) => (organisation ? w.organisation(organisation, joinNl(names)) : joinNl(names)))
    .join('; ');
}

const sameText = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** Texts in the order first given; the same text from several people once, with all of them. */
export function quotes(answers: readonly TextAnswer[]): Quote[] {
  const byText = new Map<string, { text: string; who: Who[] }>();
  for (const a of answers) {
    const key = sameText(a.text);
    if (!key) continue;
    const entry = byText.get(key) ?? { text: a.text.trim(), who: [] };
    entry.who.push(a);
    byText.set(key, entry);
  }
  return [...byText.values()].map((e) => ({ text: e.text, who: whoList(e.who) }));
}
