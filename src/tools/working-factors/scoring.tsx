import { memo } from 'react';
import { useWatch } from 'react-hook-form';
import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, Heading3, Paragraph } from '@utrecht/component-library-react';
import { FACTOR_CLUSTER_LABELS, FACTOR_CLUSTERS } from '#src/domain/catalogue/factors';
import { errorId, fieldId } from '#src/forms/field-id';
import { SelectField, TextField, useFieldError } from '#src/forms/fields';
import { useRegisterLabel } from '#src/forms/labels';
import { ProvenanceNote } from '#src/ui/provenance-note';
import { answeredCount, type AssessedFactor } from './compute';
import { workingFactorsCopy as copy } from './copy';
import { DONT_KNOW } from './schema';

const c = copy.score;

const scoreOptions = (labels: readonly string[]) => [
  ...labels.map((label, i) => ({ value: String(i + 1), label })),
  { value: DONT_KNOW, label: c.dontKnow },
];
const IMPORTANCE_OPTIONS = scoreOptions(c.importanceOptions);
const PRESENCE_OPTIONS = scoreOptions(c.presenceOptions);

/** A select gives strings; the dossier stores 1–5 as numbers, 'weet_niet' as is, and nothing as null. */
const toScore = (value: string) => (value === '' ? null : value === DONT_KNOW ? DONT_KNOW : Number(value));

/** The three fields of one factor for one respondent. Memoised: the panel re-renders when own factors change. */
const FactorScoreFields = memo(function FactorScoreFields({ prefix, factor }: { prefix: string; factor: AssessedFactor }) {
  const base = `${prefix}.scores.${factor.id}`;
  const detail = c.detail(factor.label);
  return (
    <Fieldset className="sw-factor">
      <FieldsetLegend>{factor.label}</FieldsetLegend>
      {factor.explanation && <Paragraph className="sw-factor-explanation">{factor.explanation}</Paragraph>}
      {factor.provenance ? (
        <ProvenanceNote provenance={factor.provenance} texts={copy.factor} />
      ) : (
        <Paragraph className="sw-provenance">{copy.factor.own}</Paragraph>
      )}
      <div className="sw-score-pair">
        <SelectField
          name={`${base}.importance`}
          label={c.importance}
          labelDetail={detail}
          options={IMPORTANCE_OPTIONS}
          valueAs={toScore}
        />
        <SelectField
          name={`${base}.presence`}
          label={c.presence}
          labelDetail={detail}
          options={PRESENCE_OPTIONS}
          valueAs={toScore}
        />
      </div>
      <TextField name={`${base}.comment`} label={c.comment} labelDetail={detail} optional />
    </Fieldset>
  );
});

/** Factors by cluster, in catalogue order; own factors without a cluster come last. */
function byCluster(factors: readonly AssessedFactor[]) {
  const groups: { key: string; title: string; factors: AssessedFactor[] }[] = FACTOR_CLUSTERS.map((cluster) => ({
    key: cluster,
    title: FACTOR_CLUSTER_LABELS[cluster],
    factors: factors.filter((f) => f.cluster === cluster),
  }));
  groups.push({ key: 'eigen', title: copy.factor.ownCluster, factors: factors.filter((f) => f.cluster === '') });
  return groups.filter((g) => g.factors.length > 0);
}

/**
 * Every factor for one respondent (`<prefix>.scores.<factor>`). Only the respondent being edited has
 * one, so 25 × 6 stays light. A baseline round's answer sheet shows it for the one person answering.
 */
export function ScoringPanel({
  id,
  prefix,
  factors,
  title,
}: {
  id: string;
  prefix: string;
  factors: readonly AssessedFactor[];
  title: string;
}) {
  return (
    <div id={id} className="sw-score-panel" role="group" aria-label={title}>
      <Paragraph>{copy.scale}</Paragraph>
      {byCluster(factors).map((group) => (
        <div key={group.key} className="sw-factor-cluster">
          <Heading3>{group.title}</Heading3>
          {group.factors.map((factor) => (
            <FactorScoreFields key={factor.id} prefix={prefix} factor={factor} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** "12 van 22 factoren gescoord": watches only this respondent's scores. */
function Progress({ prefix, factors }: { prefix: string; factors: readonly AssessedFactor[] }) {
  const scores = useWatch({ name: `${prefix}.scores` }) as
    Record<string, { importance?: unknown; presence?: unknown }> | undefined;
  return (
    <Paragraph className="sw-score-progress">
      {copy.respondents.progress(
        answeredCount(
          scores,
          factors.map((f) => f.id),
        ),
        factors.length,
      )}
    </Paragraph>
  );
}

/**
 * The scores of one respondent behind a disclosure button. The button carries the field id of
 * `<row>.scores`, so the error summary (and the keyboard filler of the e2e tests) can reach it.
 */
export function RespondentScores({
  prefix,
  rowLabel,
  factors,
  open,
  onToggle,
}: {
  prefix: string;
  rowLabel: string;
  factors: readonly AssessedFactor[];
  open: boolean;
  onToggle: () => void;
}) {
  const name = `${prefix}.scores`;
  const error = useFieldError(name);
  useRegisterLabel(name, copy.respondents.open);
  const panelId = `${fieldId(name)}-paneel`;
  const text = open ? copy.respondents.close : copy.respondents.open;
  return (
    <div className="sw-respondent-scores">
      <Progress prefix={prefix} factors={factors} />
      {error && <FormFieldErrorMessage id={errorId(name)}>{error}</FormFieldErrorMessage>}
      <Button
        id={fieldId(name)}
        type="button"
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={copy.respondents.toggleLabel(text, rowLabel)}
        aria-describedby={error ? errorId(name) : undefined}
        onClick={onToggle}
      >
        {text}
      </Button>
      {open && <ScoringPanel id={panelId} prefix={prefix} factors={factors} title={copy.respondents.panel(rowLabel)} />}
    </div>
  );
}
