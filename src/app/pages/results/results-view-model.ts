/**
 * A closed evaluation round as the results page shows it: the sections of the evaluation report
 * (the same tables, texts and sentences, from templates/evaluation-report) with a chart where a
 * picture helps. Pure: results and trends in, sections out.
 */
import type { EvaluationResults, NumericQuestion, TrendSeries } from '#src/domain/evaluation/api';
import { percentOf } from '#src/domain/evaluation/stats';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { resultsNl } from '#src/i18n/nl/results';
import { decimal, percent } from '#templates/format';
import { actionsParts } from '#templates/evaluation-report/actions-data';
import { reportCopy } from '#templates/evaluation-report/copy';
import { goalsParts } from '#templates/evaluation-report/goals-data';
import type { Part, ReportTable } from '#templates/evaluation-report/parts';
import { choiceTable, factorName, factorsTable, numericTable } from '#templates/evaluation-report/questions-data';
import { studentsParts } from '#templates/evaluation-report/students-data';
import { summaryItems } from '#templates/evaluation-report/summary-data';
import { textsParts } from '#templates/evaluation-report/texts-data';
import { seriesKey } from './chart-spec';
import type { Figure } from './figure';

export type ViewPart = Part | { kind: 'figure'; figure: Figure };

export interface ResultsSection {
  id: string;
  title: string;
  parts: ViewPart[];
}

const c = resultsNl.charts;
const q = reportCopy.questions;
const s = reportCopy.sections;

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const tablePart = (t: ReportTable | null): Part[] => (t ? [{ kind: 'table', ...t }] : []);

/** Each organisation's mean per perspective, side by side. */
export function experienceFigure(results: EvaluationResults): Figure | null {
  const answered = results.numeric.filter((x) => x.group === 'experience' && x.all.n > 0);
  const table = numericTable('', q.columns.question, answered, results.partners, q.experienceNote);
  if (!table) return null;
  const ranked = [...answered].sort((a, b) => (b.all.mean ?? 0) - (a.all.mean ?? 0));
  const [best, worst] = [ranked[0]!, ranked.at(-1)!];
  const differing = answered.filter((x) => x.difference).length;
  return {
    id: 'grafiek-ervaring',
    title: c.experience.title,
    summary: [
      c.experience.summary(best.title, decimal(best.all.mean ?? 0), worst.title, decimal(worst.all.mean ?? 0)),
      differing ? c.experience.differences(differing) : '',
    ]
      .filter(Boolean)
      .join(' '),
    chart: {
      kind: 'bars',
      unit: 'score',
      series: results.partners.map((p, i) => ({ key: seriesKey(i), name: p.name })),
      rows: answered.map((x) => ({ label: x.title, values: partnerValues(x, results.partners) })),
    },
    table,
  };
}

const partnerValues = (x: NumericQuestion, partners: EvaluationResults['partners']) =>
  Object.fromEntries(
    partners.map((p, i) => {
      const b = x.byPartner.find((bp) => bp.partnerId === p.id);
      return [seriesKey(i), b && b.n > 0 ? b.mean : null];
    }),
  );

/** Factor presence now against step 4's baseline. */
export function factorsFigure(results: EvaluationResults): Figure | null {
  const table = factorsTable(results);
  if (!table) return null;
  const presence = results.numeric.filter((x) => x.group === 'presence' && (x.all.n > 0 || (x.baseline?.mean ?? null) !== null));
  const now = mean(presence.flatMap((x) => (x.all.mean === null ? [] : [x.all.mean])));
  const baseline = mean(presence.flatMap((x) => (x.baseline?.mean == null ? [] : [x.baseline.mean])));
  // A change too small to print (0,0) is no change.
  const moved = (sign: 1 | -1) => presence.filter((x) => x.change != null && Math.round(x.change * 10) * sign > 0).length;
  const up = moved(1);
  const down = moved(-1);
  return {
    id: 'grafiek-factoren',
    title: c.factors.title,
    summary: [
      now === null ? '' : c.factors.summary(decimal(now), baseline === null ? null : decimal(baseline)),
      baseline !== null && up ? c.factors.up(up) : '',
      baseline !== null && down ? c.factors.down(down) : '',
    ]
      .filter(Boolean)
      .join(' '),
    chart: {
      kind: 'bars',
      unit: 'score',
      series: [
        { key: seriesKey(0), name: c.factors.baseline },
        { key: seriesKey(1), name: c.factors.now },
      ],
      rows: presence.map((x) => ({
        label: factorName(x.title),
        values: { [seriesKey(0)]: x.baseline?.mean ?? null, [seriesKey(1)]: x.all.mean },
      })),
    },
    table,
  };
}

/** The students' answers as shares of all who filled in the survey; never one student's row. */
export function studentsFigure(results: EvaluationResults, table: ReportTable): Figure | null {
  const { students } = results;
  if (!students) return null;
  const n = students.respondents;
  const st = c.students;
  return {
    id: 'grafiek-leerlingen',
    title: st.title,
    summary: st.summary(
      n,
      students.questions
        .map((x) => st.part(x.title, x.percentJa === null ? reportCopy.emptyValue : percent(x.percentJa)))
        .join(', '),
    ),
    chart: {
      kind: 'stacked',
      unit: 'percent',
      series: [st.yes, st.no, st.dontKnow, st.unanswered].map((name, i) => ({ key: seriesKey(i), name })),
      // Named as the table beside it names them: the question the students answered.
      rows: students.questions.map((x) => ({
        label: evaluationNl.students.questions[x.id],
        values: Object.fromEntries(
          [x.ja, x.nee, x.weetNiet, x.unanswered].map((count, i) => [seriesKey(i), percentOf(count, n)]),
        ),
      })),
    },
    table,
  };
}

/** The students' part of the report, its first table drawn as a chart above it. */
function studentsView(results: EvaluationResults): ViewPart[] {
  const parts = studentsParts(results);
  const at = parts.findIndex((p) => p.kind === 'table');
  const first = parts[at];
  const figure = first?.kind === 'table' ? studentsFigure(results, first) : null;
  return figure ? [...parts.slice(0, at), { kind: 'figure', figure }, ...parts.slice(at + 1)] : parts;
}

const figurePart = (figure: Figure | null): ViewPart[] => (figure ? [{ kind: 'figure', figure }] : []);

/** The page's sections, in the report's order. `trends`: every series, for the comparison with the round before. */
export function resultsSections(results: EvaluationResults, trends: readonly TrendSeries[]): ResultsSection[] {
  const { partners, numeric, choices } = results;
  const group = (g: NumericQuestion['group']) => numeric.filter((x) => x.group === g);
  const agreements = choices.filter((x) => x.group === 'agreements' || x.group === 'signals');
  const experience = experienceFigure(results);
  // In the report's order: the experience table's note refers to the presence table above it.
  const questions: ViewPart[] = [
    ...tablePart(numericTable(q.presence, q.columns.factor, group('presence'), partners, q.scoreNote)),
    ...figurePart(experience),
    ...tablePart(choiceTable(q.choices, agreements, partners)),
  ];
  const reach = numericTable('', q.columns.question, group('reach'), partners);
  const factors = factorsFigure(results);
  return [
    { id: 'samenvatting', title: s.summary, parts: [{ kind: 'bullets', items: summaryItems(results, trends) }] },
    {
      id: 'vragen',
      title: s.questions,
      parts: questions.length ? [{ kind: 'paragraph', text: q.intro }, ...questions] : [{ kind: 'paragraph', text: q.none }],
    },
    {
      id: 'factoren',
      title: s.factors,
      parts: factors
        ? [{ kind: 'paragraph', text: reportCopy.factors.intro }, ...figurePart(factors)]
        : [{ kind: 'paragraph', text: reportCopy.factors.none }],
    },
    { id: 'teksten', title: s.texts, parts: textsParts(results) },
    {
      id: 'bereik',
      title: s.reach,
      parts: reach
        ? [
            { kind: 'paragraph', text: reportCopy.reach.intro },
            { kind: 'table', ...reach },
          ]
        : [{ kind: 'paragraph', text: reportCopy.reach.none }],
    },
    { id: 'acties', title: s.actions, parts: actionsParts(results) },
    { id: 'doelen', title: s.goals, parts: goalsParts(results) },
    { id: 'leerlingen', title: s.students, parts: studentsView(results) },
  ];
}
