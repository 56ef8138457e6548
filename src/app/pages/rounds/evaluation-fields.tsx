import { useCallback } from 'react';
import { Fieldset, FieldsetLegend, FormFieldDescription, Paragraph } from '@utrecht/component-library-react';
import { FACTOR_CLUSTER_LABELS, FACTOR_CLUSTERS } from '#src/domain/catalogue/factors';
import { AGREEMENT_TOPICS, PERSPECTIVES, REACH_FIGURES } from '#src/domain/evaluation/atoms';
import type { RoundFrame } from '#src/domain/evaluation/rounds';
import { RadioField } from '#src/forms/choice-fields';
import { DateField, NumberField, SelectField, TextAreaField, TextField } from '#src/forms/fields';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { RowList } from '#src/forms/row-list';
import { ActionReviews } from '#src/tools/evaluation-list/action-reviews';
import { formatScore } from '#src/tools/evaluation-list/compute';
import { evaluationCopy as c } from '#src/tools/evaluation-list/copy';
import { scoreValueAs } from '#src/tools/evaluation-list/factor-rescore';
import { roundsNl } from '#src/i18n/nl/rounds';
import '#src/tools/evaluation-list/evaluation-list.css';

const s = roundsNl.sheet;
const P = 'answers';

/** The shared vision and every goal of step 4: does this person still stand behind them, and how is each goal doing? */
function VisionAndGoals({ frame }: { frame: RoundFrame }) {
  return (
    <Fieldset className="sw-sheet-part">
      <FieldsetLegend>{s.vision.legend}</FieldsetLegend>
      <FormFieldDescription>{s.vision.hint}</FormFieldDescription>
      {frame.vision ? (
        <>
          <Paragraph>{s.vision.text}</Paragraph>
          <Paragraph className="sw-vision-text">{frame.vision}</Paragraph>
        </>
      ) : (
        <Paragraph>{s.vision.none}</Paragraph>
      )}
      <RadioField name={`${P}.behindVision`} label={s.vision.behind} options={s.works} />
      {frame.goals.length === 0 && <Paragraph>{s.goals.none}</Paragraph>}
      {frame.goals.map((g, i) => (
        <Fieldset key={g.id} className="sw-subgroup">
          <FieldsetLegend>{g.goal || s.goals.untitled(i)}</FieldsetLegend>
          <Paragraph>{g.indicator ? s.goals.indicator(g.indicator) : s.goals.noIndicator}</Paragraph>
          <TextAreaField name={`${P}.goals.${g.id}.measured`} label={s.goals.measured} labelDetail={g.goal} rows={2} />
          <RadioField name={`${P}.goals.${g.id}.behind`} label={s.goals.behind} options={s.works} />
        </Fieldset>
      ))}
    </Fieldset>
  );
}

/** Presence of each working factor now, by cluster, with step 4's baseline under each. */
function Presence({ frame }: { frame: RoundFrame }) {
  const groups = [
    ...FACTOR_CLUSTERS.map((cluster) => ({ key: cluster, legend: FACTOR_CLUSTER_LABELS[cluster] })),
    { key: '', legend: c.factors.ownFactors },
  ]
    .map((g) => ({ ...g, factors: frame.factors.filter((f) => (f.cluster || '') === g.key) }))
    .filter((g) => g.factors.length > 0);
  const baselineText = (id: string) => {
    const b = frame.baseline[id];
    return b && b.mean !== null ? c.factors.baseline(formatScore(b.mean), b.n) : c.factors.noBaseline;
  };
  return (
    <Fieldset className="sw-sheet-part sw-factor-rescore">
      <FieldsetLegend>{s.factors.legend}</FieldsetLegend>
      <FormFieldDescription>{s.factors.hint}</FormFieldDescription>
      {groups.length === 0 && <Paragraph>{s.factors.none}</Paragraph>}
      {groups.map((group) => (
        <Fieldset key={group.key || 'eigen'} className="sw-factor-group">
          <FieldsetLegend>{group.legend}</FieldsetLegend>
          {group.factors.map((f) => (
            <SelectField
              key={f.id}
              name={`${P}.presence.${f.id}`}
              label={f.label}
              hint={baselineText(f.id)}
              options={c.factors.scores}
              valueAs={scoreValueAs}
            />
          ))}
        </Fieldset>
      ))}
    </Fieldset>
  );
}

function Agreements() {
  return (
    <Fieldset className="sw-sheet-part">
      <FieldsetLegend>{c.agreements.legend}</FieldsetLegend>
      {AGREEMENT_TOPICS.map((t) => (
        <RadioField key={t} name={`${P}.agreements.${t}`} label={c.agreements[t].label} options={c.works} />
      ))}
      <TextAreaField name={`${P}.agreements.notes`} label={c.agreements.notes.label} rows={2} />
    </Fieldset>
  );
}

function Signals() {
  return (
    <Fieldset className="sw-sheet-part">
      <FieldsetLegend>{c.signals.legend}</FieldsetLegend>
      <RadioField name={`${P}.signals.works`} label={c.signals.works.label} options={c.works} />
      <TextAreaField name={`${P}.signals.notes`} label={c.signals.notes.label} hint={c.signals.notes.hint} rows={2} />
    </Fieldset>
  );
}

function Reach() {
  return (
    <Fieldset className="sw-sheet-part">
      <FieldsetLegend>{c.reach.legend}</FieldsetLegend>
      <FormFieldDescription>{c.reach.hint}</FormFieldDescription>
      {REACH_FIGURES.map((f) => (
        <NumberField key={f} name={`${P}.reach.${f}`} label={c.reach[f].label} integer />
      ))}
    </Fieldset>
  );
}

function Experiences() {
  return (
    <Fieldset className="sw-sheet-part">
      <FieldsetLegend>{c.experiences.legend}</FieldsetLegend>
      <FormFieldDescription>{c.experiences.hint}</FormFieldDescription>
      {PERSPECTIVES.map((p) => (
        <Fieldset key={p} className="sw-subgroup">
          <FieldsetLegend>{c.experiences.perspectives[p]}</FieldsetLegend>
          <SelectField
            name={`${P}.experiences.${p}.rating`}
            label={c.experiences.rating.label}
            labelDetail={c.experiences.perspectives[p]}
            options={c.experiences.ratings}
            valueAs={scoreValueAs}
          />
          <TextAreaField
            name={`${P}.experiences.${p}.notes`}
            label={c.experiences.notes.label}
            labelDetail={c.experiences.perspectives[p]}
            rows={2}
          />
        </Fieldset>
      ))}
    </Fieldset>
  );
}

/** Bottlenecks, each with what would help: step 10 asks for both. */
function Knelpunten() {
  const k = s.knelpunten;
  const row = useCallback(
    (prefix: string) => (
      <>
        <TextAreaField name={`${prefix}.knelpunt`} label={k.knelpunt} rows={2} />
        <TextAreaField name={`${prefix}.oplossing`} label={k.oplossing} rows={2} />
      </>
    ),
    [k],
  );
  return (
    <RowList
      name={`${P}.knelpunten`}
      legend={k.legend}
      hint={k.hint}
      rowLabel={k.row}
      addLabel={k.add}
      emptyText={k.empty}
      max={30}
      newRow={() => ({ knelpunt: '', oplossing: '' })}
    >
      {row}
    </RowList>
  );
}

/** Ideas for new actions: answers, not yet the action plan (the partners choose after closing). */
function NewActionIdeas() {
  const n = c.newActions;
  const row = useCallback(
    (prefix: string) => (
      <>
        <TextField name={`${prefix}.what`} label={n.what.label} />
        <PartnerSelectField name={`${prefix}.leadPartnerId`} label={n.lead.label} />
        <DateField name={`${prefix}.deadline`} label={n.deadline.label} />
      </>
    ),
    [n],
  );
  return (
    <RowList
      name={`${P}.newActions`}
      legend={s.newActions.legend}
      hint={s.newActions.hint}
      rowLabel={n.row}
      addLabel={n.add}
      max={30}
      newRow={() => ({ what: '', leadPartnerId: '', deadline: '' })}
    >
      {row}
    </RowList>
  );
}

/**
 * The interim evaluation list of step 10 for one person: the plan's own questions about vision and
 * goals, the factors against the baseline, the action plan, the agreements, reach and experience,
 * bottlenecks with solutions, tops and tips, new ideas. Built from the evaluation list's copy and
 * its action review; the round's frame says what it asks about.
 */
export function EvaluationFields({ frame }: { frame: RoundFrame }) {
  return (
    <>
      <VisionAndGoals frame={frame} />
      <Presence frame={frame} />
      <ActionReviews prefix={P} />
      <Agreements />
      <Signals />
      <Reach />
      <Experiences />
      <Knelpunten />
      <Fieldset className="sw-sheet-part">
        <FieldsetLegend>{s.more.legend}</FieldsetLegend>
        <TextAreaField name={`${P}.tops`} label={c.tops.label} rows={3} />
        <TextAreaField name={`${P}.tips`} label={c.tips.label} rows={3} />
        <TextAreaField name={`${P}.externalFactors`} label={c.externalFactors.label} hint={c.externalFactors.hint} rows={3} />
      </Fieldset>
      <NewActionIdeas />
    </>
  );
}
