/**
 * Everything the evaluation report ("Evaluatieverslag ronde n") prints, computed from a closed round's
 * results, the trends of the closed rounds up to it and a little meta data. Pure and isomorphic, like
 * `toAgreementData`: the server renders the PDF from it; the document only lays it out. Each part is
 * computed in its own file under evaluation-report/ (`*-data.ts`); this one puts them together.
 */
import type { EvaluationResults, TrendSeries } from '#src/domain/evaluation/api';
import { fileSlug } from '#src/domain/file-name';
import { dayInAmsterdam } from '#templates/format';
import type { RunningText } from '#templates/pdf/page-furniture';
import { actionsParts } from './evaluation-report/actions-data';
import { reportCopy } from './evaluation-report/copy';
import { coverData, type ReportCover } from './evaluation-report/cover-data';
import { goalsParts } from './evaluation-report/goals-data';
import type { EvaluationReportMeta } from './evaluation-report/meta';
import type { Part, ReportSection, ReportTable } from './evaluation-report/parts';
import { choiceTable, factorsTable, numericTable } from './evaluation-report/questions-data';
import { studentsParts } from './evaluation-report/students-data';
import { summaryItems } from './evaluation-report/summary-data';
import { textsParts } from './evaluation-report/texts-data';
import { trendCharts } from './evaluation-report/trends-data';

export type { EvaluationReportMeta } from './evaluation-report/meta';
export type { Chart, Part, Quote, ReportSection, ReportTable } from './evaluation-report/parts';

export interface EvaluationReportData {
  fileName: string;
  metadata: {
    title: string;
    author: string;
    subject: string;
    keywords: string;
    creator: string;
    producer: string;
    language: 'nl';
  };
  /** Printed on every page. */
  running: RunningText;
  cover: ReportCover;
  contentsTitle: string;
  sections: ReportSection[];
}

/** The file name of a round's report: "evaluatieverslag-ronde-3-<dossier>.pdf". */
export const evaluationReportFileName = (title: string, round: { number: number | null; date: string }) =>
  reportCopy.fileName(reportCopy.fileRound(round.number, round.date), fileSlug(title, 'samenwerking'));

const table = (t: ReportTable | null): Part[] => (t ? [{ kind: 'table', ...t }] : []);
/** A table under its introduction, or what to say when there is nothing to show. */
const introduced = (t: ReportTable | null, intro: string, none: string): Part[] =>
  t
    ? [
        { kind: 'paragraph', text: intro },
        { kind: 'table', ...t },
      ]
    : [{ kind: 'paragraph', text: none }];

/**
 * `trends`: the series of the closed evaluation rounds up to and including this one (`trends()` of
 * src/domain/evaluation/trends.ts), with step 4's baseline.
 */
export function toEvaluationReportData(
  results: EvaluationResults,
  trends: readonly TrendSeries[],
  meta: EvaluationReportMeta,
): EvaluationReportData {
  const { round, partners, numeric, choices } = results;
  const s = reportCopy.sections;
  const q = reportCopy.questions;
  const group = (g: string) => numeric.filter((x) => x.group === g);
  const agreements = choices.filter((c) => c.group === 'agreements' || c.group === 'signals');
  const questions = [
    ...table(numericTable(q.presence, q.columns.factor, group('presence'), partners, q.scoreNote)),
    ...table(numericTable(q.experience, q.columns.question, group('experience'), partners, q.experienceNote)),
    ...table(choiceTable(q.choices, agreements, partners)),
  ];
  const charts = trendCharts(trends);
  const roundsInTrends = new Set(trends.flatMap((t) => t.points.flatMap((p) => (p.roundId ? [p.roundId] : [])))).size;

  const sections: ReportSection[] = [
    { id: 'samenvatting', title: s.summary, parts: [{ kind: 'bullets', items: summaryItems(results, trends) }] },
    {
      id: 'vragen',
      title: s.questions,
      newPage: true,
      parts: questions.length ? [{ kind: 'paragraph', text: q.intro }, ...questions] : [{ kind: 'paragraph', text: q.none }],
    },
    {
      id: 'factoren',
      title: s.factors,
      parts: introduced(factorsTable(results), reportCopy.factors.intro, reportCopy.factors.none),
    },
    { id: 'teksten', title: s.texts, parts: textsParts(results) },
    {
      id: 'bereik',
      title: s.reach,
      parts: introduced(
        numericTable('', q.columns.question, group('reach'), partners),
        reportCopy.reach.intro,
        reportCopy.reach.none,
      ),
    },
    { id: 'acties', title: s.actions, parts: actionsParts(results) },
    { id: 'doelen', title: s.goals, parts: goalsParts(results) },
    { id: 'leerlingen', title: s.students, parts: studentsParts(results) },
    {
      id: 'ontwikkeling',
      title: s.trends,
      newPage: true,
      parts: charts.length
        ? [
            { kind: 'paragraph', text: reportCopy.trends.intro(roundsInTrends) },
            ...charts.map((chart): Part => ({ kind: 'chart', chart })),
          ]
        : [{ kind: 'paragraph', text: reportCopy.trends.none }],
    },
    {
      id: 'over-dit-verslag',
      title: s.about,
      parts: [{ kind: 'paragraph', text: reportCopy.about.text(dayInAmsterdam(meta.generatedAt)) }],
    },
  ];

  const title = reportCopy.title(round.number);
  return {
    fileName: evaluationReportFileName(meta.title, round),
    metadata: {
      title: `${title} — ${meta.title}`,
      author: reportCopy.metadata.author(meta.gemeente),
      subject: reportCopy.metadata.subject(round.number, meta.title),
      keywords: [
        'evaluatieverslag',
        'Samenwerkwijzer',
        `dossier:${meta.dossierId}`,
        ...(round.number === null ? [] : [`ronde:${round.number}`]),
      ].join(', '),
      creator: 'Samenwerkwijzer',
      producer: 'Samenwerkwijzer',
      language: 'nl',
    },
    running: {
      title: reportCopy.running(round.number, meta.title),
      edition: round.closedAt ? reportCopy.edition(dayInAmsterdam(round.closedAt)) : reportCopy.roundLabel(round.number),
    },
    cover: coverData(results, meta),
    contentsTitle: reportCopy.toc,
    sections,
  };
}
