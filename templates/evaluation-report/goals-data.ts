/** Per goal of step 4 its indicator and what was measured, and whether the partners still stand behind goals and vision. */
import type { ChoiceQuestion, EvaluationResults } from '#src/domain/evaluation/api';
import { reportCopy } from './copy';
import type { Part } from './parts';
import { quotes } from './who';

const g = reportCopy.goals;

export function goalsParts(results: EvaluationResults): Part[] {
  const { partners, choices, goals } = results;
  const choice = (id: string) => choices.find((c) => c.id === id);
  const topics: [string, ChoiceQuestion | undefined][] = [
    [g.vision, choice('vision')],
    ...goals.map((goal): [string, ChoiceQuestion | undefined] => [g.goal(goal.goal), choice(goal.behindQuestionId)]),
  ];
  const everyone = (c: ChoiceQuestion | undefined) => (!c || c.n === 0 ? g.nobody : c.allJa ? g.everyone : g.notEveryone);
  return [
    { kind: 'paragraph', text: g.intro },
    {
      kind: 'table',
      label: g.behindTitle,
      columns: [
        { header: g.columns.topic, width: 4, emphasis: true },
        ...partners.map((p) => ({ header: p.name, width: 1.6 })),
        { header: g.columns.everyone, width: 1.2 },
      ],
      rows: topics.map(([topic, c]) => [
        topic,
        ...partners.map((p) => {
          const b = c?.byPartner.find((bp) => bp.partnerId === p.id);
          return b && b.n > 0
            ? reportCopy.questions.choiceCounts(b.counts.ja, b.counts.deels, b.counts.nee)
            : reportCopy.emptyValue;
        }),
        everyone(c),
      ]),
    },
    ...(goals.length === 0 ? [{ kind: 'paragraph' as const, text: g.none }] : []),
    ...goals.flatMap((goal): Part[] => {
      const measured = quotes(goal.measured);
      return [
        { kind: 'heading', text: g.goal(goal.goal) },
        { kind: 'fields', fields: [{ label: g.indicator, value: goal.indicator || g.noIndicator }] },
        measured.length ? { kind: 'quotes', label: g.measured, items: measured } : { kind: 'note', text: g.notMeasured },
      ];
    }),
  ];
}
