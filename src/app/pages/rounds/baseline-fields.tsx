import { useMemo } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { FACTOR_CLUSTERS, FACTORS, type FactorCluster } from '#src/domain/catalogue/factors';
import type { RoundFrame } from '#src/domain/evaluation/rounds';
import type { AssessedFactor } from '#src/tools/working-factors/compute';
import { ScoringPanel } from '#src/tools/working-factors/scoring';
import { roundsNl } from '#src/i18n/nl/rounds';

const CATALOGUE = new Map(FACTORS.map((f) => [f.id, f]));
const isCluster = (v: string): v is FactorCluster => (FACTOR_CLUSTERS as readonly string[]).includes(v);

/** The round's factors as the working-factors tool shows them: from the catalogue with their source, or the partners' own. */
function assessed(frame: RoundFrame): AssessedFactor[] {
  return frame.factors.map((f) => {
    const known = CATALOGUE.get(f.id);
    return known
      ? { id: known.id, label: known.label, explanation: known.explanation, cluster: known.cluster, provenance: known.provenance }
      : { id: f.id, label: f.label, explanation: '', cluster: isCluster(f.cluster) ? f.cluster : '', provenance: null };
  });
}

/**
 * A baseline round (nulmeting) for one person: importance and presence of every working factor, the
 * same fields step 4's assessment has for each respondent, stored as `answers.scores`.
 */
export function BaselineFields({ frame }: { frame: RoundFrame }) {
  const factors = useMemo(() => assessed(frame), [frame]);
  if (factors.length === 0) return <Paragraph>{roundsNl.sheet.factors.none}</Paragraph>;
  return <ScoringPanel id="scores" prefix="answers" factors={factors} title={roundsNl.sheet.baselineTitle} />;
}
