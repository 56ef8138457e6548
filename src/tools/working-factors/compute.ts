/**
 * Pure computations of the working-factors assessment: which factors apply, gaps, priorities, and the
 * comparison of partners. Inputs are form values, so every field may be missing or half filled in.
 */
import { FACTOR_CLUSTERS, FACTORS, factorsFor, type Factor, type FactorCluster } from '#src/domain/catalogue/factors';
import type { Provenance } from '#src/domain/catalogue/provenance';
import { PARTNER_DIFFERENCE } from '#src/domain/evaluation/atoms';

/** Differences and gaps are compared against whole numbers; means of thirds must not miss by a hair. */
const EPSILON = 1e-9;
const atLeast = (value: number, limit: number) => value >= limit - EPSILON;
const atMost = (value: number, limit: number) => value <= limit + EPSILON;

export const PRIORITY_GAP = 2;
export const PRIORITY_IMPORTANCE = 4;
export const PRIORITY_PRESENCE = 2;
export { PARTNER_DIFFERENCE } from '#src/domain/evaluation/atoms';

export interface ScoreInput {
  importance?: unknown;
  presence?: unknown;
  comment?: unknown;
}

export interface RespondentInput {
  id?: string;
  partnerId?: string;
  name?: string;
  scores?: Record<string, ScoreInput | undefined> | null;
}

export interface CustomFactorInput {
  id?: string;
  cluster?: string | null;
  label?: string;
  explanation?: string;
}

/** A factor as the tool shows it: from the catalogue (with provenance) or added by the partners. */
export interface AssessedFactor {
  id: string;
  label: string;
  explanation: string;
  cluster: FactorCluster | '';
  /** Null for the partners' own factors. */
  provenance: Provenance | null;
}

// One object per catalogue factor, so memoised rows keep their identity across computations.
const CATALOGUE = new Map<Factor, AssessedFactor>(
  FACTORS.map((f) => [f, { id: f.id, label: f.label, explanation: f.explanation, cluster: f.cluster, provenance: f.provenance }]),
);
const fromCatalogue = (f: Factor): AssessedFactor => CATALOGUE.get(f)!;

const isCluster = (v: unknown): v is FactorCluster => (FACTOR_CLUSTERS as readonly unknown[]).includes(v);

/**
 * The factors of this dossier: the catalogue for its collaboration type (the room factor only for
 * `in_school`), then the partners' own factors. Own factors without a name are left out until named.
 */
export function applicableFactors(
  collaborationType: string | undefined,
  custom: readonly CustomFactorInput[] | undefined,
): AssessedFactor[] {
  const own = (custom ?? []).flatMap((c) =>
    c.id && c.label?.trim()
      ? [
          {
            id: c.id,
            label: c.label.trim(),
            explanation: c.explanation?.trim() ?? '',
            cluster: isCluster(c.cluster) ? c.cluster : ('' as const),
            provenance: null,
          },
        ]
      : [],
  );
  return [...factorsFor(collaborationType).map(fromCatalogue), ...own];
}

/** Every factor id a score may refer to: the whole catalogue and the partners' own factors. */
export function knownFactorIds(
  allCatalogueIds: readonly string[],
  custom: readonly CustomFactorInput[] | undefined,
): Set<string> {
  return new Set([...allCatalogueIds, ...(custom ?? []).flatMap((c) => (c.id ? [c.id] : []))]);
}

/** A score as a number on the 1–5 scale; undefined for missing, 'weet_niet' or anything else. */
export function scoreValue(score: unknown): number | undefined {
  return typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5 ? score : undefined;
}

/** importance − presence for one respondent; undefined when either is missing or 'weet niet'. */
export function gap(score: ScoreInput | undefined): number | undefined {
  const importance = scoreValue(score?.importance);
  const presence = scoreValue(score?.presence);
  return importance === undefined || presence === undefined ? undefined : importance - presence;
}

/** The priority rule: gap ≥ 2, or importance ≥ 4 while presence ≤ 2. Needs both scores. */
export function isPriority(importance: number | undefined, presence: number | undefined): boolean {
  if (importance === undefined || presence === undefined) return false;
  return (
    atLeast(importance - presence, PRIORITY_GAP) ||
    (atLeast(importance, PRIORITY_IMPORTANCE) && atMost(presence, PRIORITY_PRESENCE))
  );
}

export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** How many of `factorIds` this respondent answered (a 'weet niet' counts as an answer). */
export function answeredCount(scores: RespondentInput['scores'], factorIds: readonly string[]): number {
  const answered = (v: unknown) => v !== undefined && v !== null && v !== '';
  return factorIds.filter((id) => answered(scores?.[id]?.importance) && answered(scores?.[id]?.presence)).length;
}

export interface Aggregate {
  importance?: number;
  presence?: number;
  /** importance − presence of the means; undefined unless both are known. */
  gap?: number;
  priority: boolean;
}

const aggregate = (importance: number | undefined, presence: number | undefined): Aggregate => ({
  importance,
  presence,
  gap: importance === undefined || presence === undefined ? undefined : importance - presence,
  priority: isPriority(importance, presence),
});

export interface FactorComparison {
  factor: AssessedFactor;
  /** One entry per partner, in the order of `partnerIds`: the mean of its respondents, 'weet niet' ignored. */
  byPartner: Aggregate[];
  /** The partners together: each partner weighs the same, however many of its people scored. */
  joint: Aggregate;
  /** Where the partners' means lie 2 or more apart: the topics for the joint conversation. */
  differences: ('importance' | 'presence')[];
}

const spread = (values: (number | undefined)[]) => {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length < 2 ? 0 : Math.max(...known) - Math.min(...known);
};

/** Compares the partners per factor. Respondents whose partner is not among `partnerIds` do not count. */
export function compareFactors(
  factors: readonly AssessedFactor[],
  respondents: readonly RespondentInput[] | undefined,
  partnerIds: readonly string[],
): FactorComparison[] {
  const byPartner = partnerIds.map((pid) => (respondents ?? []).filter((r) => r.partnerId === pid));
  return factors.map((factor) => {
    const perPartner = byPartner.map((rs) => {
      const values = (dim: 'importance' | 'presence') =>
        rs.flatMap((r) => {
          const v = scoreValue(r.scores?.[factor.id]?.[dim]);
          return v === undefined ? [] : [v];
        });
      return aggregate(mean(values('importance')), mean(values('presence')));
    });
    const joint = aggregate(
      mean(perPartner.flatMap((p) => (p.importance === undefined ? [] : [p.importance]))),
      mean(perPartner.flatMap((p) => (p.presence === undefined ? [] : [p.presence]))),
    );
    const differences = (['importance', 'presence'] as const).filter((dim) =>
      atLeast(spread(perPartner.map((p) => p[dim])), PARTNER_DIFFERENCE),
    );
    return { factor, byPartner: perPartner, joint, differences };
  });
}

/** The priorities of the partners together, largest gap first; then higher importance; then catalogue order. */
export function priorityList(comparisons: readonly FactorComparison[]): FactorComparison[] {
  return comparisons
    .filter((c) => c.joint.priority)
    .map((c, order) => ({ c, order }))
    .sort(
      (a, b) =>
        (b.c.joint.gap ?? 0) - (a.c.joint.gap ?? 0) ||
        (b.c.joint.importance ?? 0) - (a.c.joint.importance ?? 0) ||
        a.order - b.order,
    )
    .map(({ c }) => c);
}

/**
 * The partners to compare: those of step 1 that have at least one respondent, in step 1's order,
 * and how many respondents have no (known) partner and are therefore left out.
 */
export function comparedPartners<P extends { id: string }>(
  partners: readonly P[],
  respondents: readonly RespondentInput[] | undefined,
) {
  const rs = respondents ?? [];
  const used = new Set(rs.map((r) => r.partnerId));
  const compared = partners.filter((p) => used.has(p.id));
  const ids = new Set(compared.map((p) => p.id));
  return { partners: compared, withoutPartner: rs.filter((r) => !r.partnerId || !ids.has(r.partnerId)).length };
}

/** The factor ids that rows of an action plan (step 5's saved data, unchecked) are linked to. */
export function factorIdsInActionPlan(rows: unknown): Set<string> {
  if (!Array.isArray(rows)) return new Set();
  return new Set(
    rows
      .flatMap((r) =>
        r && typeof r === 'object' && typeof (r as { factorId?: unknown }).factorId === 'string'
          ? [(r as { factorId: string }).factorId]
          : [],
      )
      .filter(Boolean),
  );
}
