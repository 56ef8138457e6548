/**
 * Pure computations of the interim evaluation list: the baseline from step 4, factor presence now
 * against it, and the student survey as percentages. Inputs are saved form values of other steps, so
 * every field may be missing, half filled in or of an older shape.
 */
import {
  applicableFactors,
  mean,
  scoreValue,
  type AssessedFactor,
  type CustomFactorInput,
  type RespondentInput,
} from '#src/tools/working-factors/compute';
import { DONT_KNOW } from '#src/tools/working-factors/schema';
import { STUDENT_QUESTIONS, type StudentQuestion } from './schema';

const asObject = (v: unknown): Record<string, unknown> | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const rowsOf = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.map(asObject).filter((r): r is Record<string, unknown> => !!r) : [];

export interface Baseline {
  /** Mean presence over the respondents who gave a score; undefined when nobody did. */
  mean?: number;
  /** How many respondents scored this factor (a 'weet niet' does not count). */
  n: number;
}

/**
 * The baseline per factor: the mean presence over all respondents of step 4's assessment. Every
 * respondent weighs the same here, as the re-score at a checkpoint is one joint score.
 */
export function baselinePresence(assessment: unknown, factorIds: readonly string[]): Map<string, Baseline> {
  const respondents = rowsOf(asObject(assessment)?.respondents) as RespondentInput[];
  return new Map(
    factorIds.map((id) => {
      const values = respondents.flatMap((r) => {
        const v = scoreValue(r.scores?.[id]?.presence);
        return v === undefined ? [] : [v];
      });
      return [id, { mean: mean(values), n: values.length }];
    }),
  );
}

/** The factors to re-score: the catalogue for the collaboration type of step 1 and the partners' own from step 4. */
export function checkpointFactors(collaborationType: string | undefined, assessment: unknown): AssessedFactor[] {
  return applicableFactors(collaborationType, rowsOf(asObject(assessment)?.customFactors) as CustomFactorInput[]);
}

export interface FactorRow {
  factor: AssessedFactor;
  baseline: Baseline;
  /** The score now: 1–5, 'weet_niet', or undefined when not scored. */
  now?: number | typeof DONT_KNOW;
  /** now − baseline mean, when both are numbers. */
  change?: number;
}

export function factorRows(factors: readonly AssessedFactor[], baseline: Map<string, Baseline>, presence: unknown): FactorRow[] {
  const scores = asObject(presence) ?? {};
  return factors.map((factor) => {
    const base = baseline.get(factor.id) ?? { n: 0 };
    const raw = scores[factor.id];
    const now = raw === DONT_KNOW ? DONT_KNOW : scoreValue(raw);
    const change = typeof now === 'number' && base.mean !== undefined ? now - base.mean : undefined;
    return { factor, baseline: base, now, change };
  });
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * `count` of `n` as a whole percentage, rounded half up in integer arithmetic (so 29 of 200 is 15%,
 * not 14% through a floating-point 14.4999…). Null when there is nothing to divide by or the count
 * cannot be true (more than n, negative, not whole).
 */
export function percentage(count: unknown, n: unknown): number | null {
  if (!isCount(count) || !isCount(n) || n === 0 || count > n) return null;
  return Math.floor((200 * count + n) / (2 * n));
}

export interface StudentResult {
  question: StudentQuestion;
  yes?: number;
  percent: number | null;
  /** The yes-count is larger than the number of respondents. */
  impossible: boolean;
}

/** The survey per question: yes-count and percentage of the respondents. */
export function studentResults(students: unknown): { respondents?: number; rows: StudentResult[] } {
  const s = asObject(students) ?? {};
  const n = isCount(s.respondents) ? s.respondents : undefined;
  return {
    respondents: n,
    rows: STUDENT_QUESTIONS.map((question) => {
      const yes = isCount(s[question]) ? (s[question] as number) : undefined;
      return { question, yes, percent: percentage(yes, n), impossible: yes !== undefined && n !== undefined && yes > n };
    }),
  };
}

/** The action plan of step 5 as far as a checkpoint reviews it: rows with an id, in plan order. */
export function reviewableActions(plan: unknown): { id: string; what: string; status: string }[] {
  return rowsOf(plan).flatMap((r) =>
    typeof r.id === 'string' && r.id
      ? [
          {
            id: r.id,
            what: typeof r.what === 'string' ? r.what.trim() : '',
            status: typeof r.status === 'string' ? r.status : '',
          },
        ]
      : [],
  );
}

const nl1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A mean or difference the Dutch way: "3,4"; a change carries its sign: "+0,6", "−1,0". */
export const formatScore = (v: number) => nl1.format(v);
export const formatChange = (v: number) =>
  Math.abs(v) < 0.05 ? nl1.format(0) : `${v > 0 ? '+' : '−'}${nl1.format(Math.abs(v))}`;
