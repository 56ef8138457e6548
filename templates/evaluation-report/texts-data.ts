/** What people wrote, grouped: tops, tips, knelpunten with their proposed oplossing, notes, new actions. */
import { PERSPECTIVES } from '#src/domain/evaluation/atoms';
import type { EvaluationResults, Who } from '#src/domain/evaluation/api';
import { evaluationCopy } from '#src/tools/evaluation-list/copy';
import { date } from '#templates/format';
import { reportCopy } from './copy';
import type { Part } from './parts';
import { quotes, whoList } from './who';

const t = reportCopy.texts;

/** Rows whose cells (all but the last, who said it) are the same are printed once, with everyone who gave them. */
function groupedRows<T extends Who>(items: readonly T[], cells: (item: T) => string[]): string[][] {
  const byKey = new Map<string, { cells: string[]; who: Who[] }>();
  for (const item of items) {
    const c = cells(item);
    const key = c.map((x) => x.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')).join('\u0000');
    const entry = byKey.get(key) ?? { cells: c, who: [] };
    entry.who.push(item);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((e) => [...e.cells, whoList(e.who)]);
}

const quotesPart = (label: string, answers: Parameters<typeof quotes>[0]): Part[] => {
  const items = quotes(answers);
  return items.length ? [{ kind: 'quotes', label, items }] : [];
};

export function textsParts(results: EvaluationResults): Part[] {
  const { texts, knelpunten, newActions, partners } = results;
  const partnerName = (id: string | null) => partners.find((p) => p.id === id)?.name ?? '';
  const k = t.knelpuntColumns;
  const n = t.newActionColumns;
  const parts: Part[] = [
    ...quotesPart(t.tops, texts.tops),
    ...quotesPart(t.tips, texts.tips),
    ...(knelpunten.length
      ? [
          {
            kind: 'table' as const,
            label: t.knelpunten,
            columns: [
              { header: k.knelpunt, width: 4, emphasis: true },
              { header: k.oplossing, width: 4 },
              { header: k.who, width: 3 },
            ],
            rows: groupedRows(knelpunten, (x) => [x.knelpunt || reportCopy.emptyValue, x.oplossing || t.noSolution]),
          },
        ]
      : []),
    ...quotesPart(t.externalFactors, texts.externalFactors),
    ...quotesPart(t.agreementNotes, texts.agreementNotes),
    ...quotesPart(t.signalNotes, texts.signalNotes),
    ...PERSPECTIVES.flatMap((p) =>
      quotesPart(t.experienceNotes(evaluationCopy.experiences.perspectives[p]), texts.experienceNotes[p]),
    ),
    ...(newActions.length
      ? [
          {
            kind: 'table' as const,
            label: t.newActions,
            columns: [
              { header: n.what, width: 5, emphasis: true },
              { header: n.lead, width: 2.5 },
              { header: n.deadline, width: 2 },
              { header: n.who, width: 3 },
            ],
            rows: groupedRows(newActions, (x) => [x.what, partnerName(x.leadPartnerId), date(x.deadline ?? '')]),
          },
        ]
      : []),
  ];
  return parts.length ? [{ kind: 'paragraph', text: t.intro }, ...parts] : [{ kind: 'paragraph', text: t.none }];
}
