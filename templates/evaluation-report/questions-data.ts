/**
 * The answers per question: mean, spread and count of everyone, each organisation's mean side by side,
 * and the questions where the organisations' means lie 2 or more apart marked (as step 4 does).
 */
import type { ChoiceQuestion, EvaluationResults, NumericQuestion } from '#src/domain/evaluation/api';
import { evaluationNl } from '#src/i18n/nl/evaluation';
import { decimal, lines, number } from '#templates/format';
import type { Column } from '#templates/pdf/types';
import { reportCopy } from './copy';
import type { ReportTable } from './parts';

type Partners = EvaluationResults['partners'];
const q = reportCopy.questions;
const EMPTY = reportCopy.emptyValue;

/** A mean the way its unit reads: scores with one decimal ("3,0"), counts as numbers ("62,5", "70"). */
export const meanOf = (unit: NumericQuestion['unit'], mean: number | null) =>
  mean === null ? EMPTY : unit === 'score' ? decimal(mean) : number(mean);

/** "+0,5", "−1,3", "0,0": a change of a mean. */
export function change(n: number | null | undefined): string {
  if (n === null || n === undefined) return EMPTY;
  return Math.round(n * 10) === 0 ? decimal(0) : reportCopy.signed(decimal(n));
}

const spread = (min: number | null, max: number | null) =>
  min === null || max === null ? EMPTY : min === max ? number(min) : `${number(min)}–${number(max)}`;

/** The factor's own name, from its question's title ("Aanwezig: <factor>"). */
const PRESENCE_PREFIX = evaluationNl.measures.presence('');
export const factorName = (title: string) => (title.startsWith(PRESENCE_PREFIX) ? title.slice(PRESENCE_PREFIX.length) : title);

const partnerColumns = (partners: Partners): Column[] => partners.map((p) => ({ header: p.name, width: 1.6, align: 'right' }));

/** A table of numeric questions (scores or counts); only the questions somebody answered. */
export function numericTable(
  label: string,
  firstHeader: string,
  questions: readonly NumericQuestion[],
  partners: Partners,
  note?: string,
): ReportTable | null {
  const answered = questions.filter((x) => x.all.n > 0);
  if (answered.length === 0) return null;
  const columns: Column[] = [
    { header: firstHeader, width: 4, emphasis: true },
    { header: q.columns.everyone, width: 1.6, align: 'right' },
    { header: q.columns.spread, width: 1.4, align: 'right' },
    ...partnerColumns(partners),
  ];
  const rows = answered.map((x) => [
    // The mark is in words too: the coloured band alone says nothing in black and white or read aloud.
    lines(x.group === 'presence' ? factorName(x.title) : x.title, x.difference && q.differenceMark),
    q.partnerMean(meanOf(x.unit, x.all.mean), x.all.n),
    spread(x.all.min, x.all.max),
    ...partners.map((p) => {
      const b = x.byPartner.find((bp) => bp.partnerId === p.id);
      return b && b.n > 0 && b.mean !== null ? q.partnerMean(meanOf(x.unit, b.mean), b.n) : EMPTY;
    }),
  ]);
  const marked = answered.flatMap((x, i) => (x.difference ? [i] : []));
  return { label, columns, rows, ...(note ? { note } : {}), ...(marked.length ? { marked } : {}) };
}

/** Questions answered ja, deels or nee: the counts, the share of ja, and each organisation's answers. */
export function choiceTable(label: string, questions: readonly ChoiceQuestion[], partners: Partners): ReportTable | null {
  const answered = questions.filter((x) => x.n > 0);
  if (answered.length === 0) return null;
  return {
    label,
    columns: [
      { header: q.columns.question, width: 4, emphasis: true },
      { header: q.columns.yes, width: 0.8, align: 'right' },
      { header: q.columns.partly, width: 0.9, align: 'right' },
      { header: q.columns.no, width: 0.8, align: 'right' },
      { header: q.columns.percentYes, width: 0.9, align: 'right' },
      ...partners.map((p): Column => ({ header: p.name, width: 1.6 })),
    ],
    rows: answered.map((x) => [
      x.title,
      String(x.counts.ja),
      String(x.counts.deels),
      String(x.counts.nee),
      x.percentJa === null ? EMPTY : `${x.percentJa}%`,
      ...partners.map((p) => {
        const b = x.byPartner.find((bp) => bp.partnerId === p.id);
        return b && b.n > 0 ? q.choiceCounts(b.counts.ja, b.counts.deels, b.counts.nee) : EMPTY;
      }),
    ]),
    note: q.choiceNote,
  };
}

/** Factor presence now against step 4's baseline. */
export function factorsTable(results: EvaluationResults): ReportTable | null {
  const f = reportCopy.factors;
  const presence = results.numeric.filter((x) => x.group === 'presence' && (x.all.n > 0 || (x.baseline?.mean ?? null) !== null));
  if (presence.length === 0) return null;
  return {
    label: '',
    columns: [
      { header: f.columns.factor, width: 5, emphasis: true },
      { header: f.columns.baseline, width: 1.8, align: 'right' },
      { header: f.columns.now, width: 1.5, align: 'right' },
      { header: f.columns.change, width: 1.5, align: 'right' },
    ],
    rows: presence.map((x) => [
      factorName(x.title),
      meanOf('score', x.baseline?.mean ?? null),
      meanOf('score', x.all.mean),
      change(x.change),
    ]),
  };
}
