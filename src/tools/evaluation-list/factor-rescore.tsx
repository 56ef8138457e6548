import { useMemo } from 'react';
import { Fieldset, FieldsetLegend, FormFieldDescription } from '@utrecht/component-library-react';
import { FACTOR_CLUSTERS, FACTOR_CLUSTER_LABELS } from '#src/domain/catalogue/factors';
import { collaborationTypeOf } from '#src/domain/step-readers';
import { SelectField } from '#src/forms/fields';
import { formsNl } from '#src/i18n/nl/forms';
import { useStepContext } from '#src/forms/step-context';
import type { AssessedFactor } from '#src/tools/working-factors/compute';
import { baselinePresence, checkpointFactors, formatScore, type Baseline } from './compute';
import { evaluationCopy } from './copy';

const c = evaluationCopy.factors;

/** '' is unanswered; digits are stored as numbers; 'weet_niet' as it is. RHF also passes stored values through here. */
export const scoreValueAs = (v: unknown) => {
  if (v === '' || v === null || v === undefined) return null;
  return typeof v === 'string' && /^[1-5]$/.test(v) ? Number(v) : v;
};

const baselineText = (b: Baseline | undefined) => (b?.mean !== undefined ? c.baseline(formatScore(b.mean), b.n) : c.noBaseline);

/** The factors and their baseline as step 1 and step 4 hold them when the form opened. */
export function useCheckpointFactors() {
  const ctx = useStepContext();
  const assessment = ctx.steps.visie?.factors;
  const type = collaborationTypeOf(ctx);
  return useMemo(() => {
    const factors = checkpointFactors(type, assessment);
    return {
      factors,
      baseline: baselinePresence(
        assessment,
        factors.map((f) => f.id),
      ),
    };
  }, [type, assessment]);
}

/** Presence of every factor now, one score each, grouped by cluster, with the baseline as hint. */
export function FactorRescore({ prefix }: { prefix: string }) {
  const { factors, baseline } = useCheckpointFactors();
  const groups: { key: string; legend: string; factors: AssessedFactor[] }[] = [
    ...FACTOR_CLUSTERS.map((cluster) => ({
      key: cluster,
      legend: FACTOR_CLUSTER_LABELS[cluster],
      factors: factors.filter((f) => f.cluster === cluster),
    })),
    { key: 'eigen', legend: c.ownFactors, factors: factors.filter((f) => f.cluster === '') },
  ].filter((g) => g.factors.length > 0);
  return (
    <Fieldset className="sw-factor-rescore">
      <FieldsetLegend>{c.legend}</FieldsetLegend>
      <FormFieldDescription>{c.hint}</FormFieldDescription>
      {groups.map((group) => (
        <Fieldset key={group.key} className="sw-factor-group">
          <FieldsetLegend>{group.legend}</FieldsetLegend>
          {group.factors.map((f) => (
            <SelectField
              key={f.id}
              name={`${prefix}.presence.${f.id}`}
              label={f.provenance?.status === 'suggestion' ? `${f.label} ${formsNl.suggestion}` : f.label}
              hint={baselineText(baseline.get(f.id))}
              options={c.scores}
              valueAs={scoreValueAs}
            />
          ))}
        </Fieldset>
      ))}
    </Fieldset>
  );
}
