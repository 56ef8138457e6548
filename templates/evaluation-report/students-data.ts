/** The student survey as counts and percentages only: never one student's answers. */
import type { EvaluationResults } from '#src/domain/evaluation/api';
import { percentOf } from '#src/domain/evaluation/stats';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { percent } from '#templates/format';
import { reportCopy } from './copy';
import type { Part } from './parts';

const s = reportCopy.students;
const share = (p: number | null) => (p === null ? reportCopy.emptyValue : percent(p));

export function studentsParts(results: EvaluationResults): Part[] {
  const { students } = results;
  if (!students) return [{ kind: 'paragraph', text: s.none }];
  const n = students.respondents;
  const c = s.columns;
  return [
    { kind: 'paragraph', text: s.intro(n) },
    {
      kind: 'table',
      label: '',
      columns: [
        { header: c.question, width: 4, emphasis: true },
        { header: c.yes, width: 1.3, align: 'right' },
        { header: c.no, width: 1.3, align: 'right' },
        { header: c.dontKnow, width: 1.3, align: 'right' },
        { header: c.unanswered, width: 1.3, align: 'right' },
      ],
      rows: students.questions.map((q) => [
        evaluationNl.students.questions[q.id],
        s.cell(q.ja, share(q.percentJa)),
        s.cell(q.nee, share(q.percentNee)),
        s.cell(q.weetNiet, share(q.percentWeetNiet)),
        s.cell(q.unanswered, share(percentOf(q.unanswered, n))),
      ]),
    },
    {
      kind: 'table',
      label: s.needsTitle(evaluationNl.students.needsQuestion),
      columns: [
        { header: s.needColumns.need, width: 6, emphasis: true },
        { header: s.needColumns.count, width: 1.2, align: 'right' },
        { header: s.needColumns.percent, width: 1.6, align: 'right' },
      ],
      rows: students.needs.map((x) => [x.label, String(x.count), share(x.percent)]),
      note: s.needsNote,
    },
  ];
}
