import { useCallback, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Button, Fieldset, FieldsetLegend, FormFieldDescription } from '@utrecht/component-library-react';
import { DateField, NumberField, SelectField, TextAreaField } from '#src/forms/fields';
import { RadioField } from '#src/forms/choice-fields';
import { RowList } from '#src/forms/row-list';
import { fieldId } from '#src/forms/field-id';
import { ActionReviews } from './action-reviews';
import { CheckpointResults } from './checkpoint-results';
import { evaluationCopy as c } from './copy';
import { FactorRescore, scoreValueAs } from './factor-rescore';
import { NewActions } from './new-actions';
import { StudentSurvey } from './student-survey';
import { AGREEMENT_TOPICS, PERSPECTIVES, REACH_FIGURES, type Checkpoint } from './schema';
import './evaluation-list.css';

/** A new checkpoint holds every field empty, exactly as the form would save it. */
export const newCheckpoint = (): Omit<Checkpoint, 'id'> => ({
  date: '',
  participants: '',
  kind: '',
  presence: {},
  actions: {},
  agreements: { roles: '', meetings: '', contactPersons: '', notes: '' },
  reach: { studentsPerWeek: null, studentsCoached: null, groups: null, contactMoments: null },
  experiences: Object.fromEntries(PERSPECTIVES.map((p) => [p, { rating: null, notes: '' }])) as Checkpoint['experiences'],
  signals: { works: '', notes: '' },
  externalFactors: '',
  tops: '',
  tips: '',
  students: { respondents: null, visible: null, knowWhatFor: null, hadContact: null, gotHelp: null },
  newActions: [],
});

function Results({ prefix, rowLabel }: { prefix: string; rowLabel: string }) {
  const [open, setOpen] = useState(false);
  const data = useWatch({ name: prefix, disabled: !open }) as Partial<Checkpoint> | undefined;
  const id = `${fieldId(prefix)}-resultaten`;
  return (
    <div className="sw-results-toggle">
      <Button
        type="button"
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? c.results.hide : c.results.show}
      </Button>
      {open && <CheckpointResults data={data} rowLabel={rowLabel} id={id} />}
    </div>
  );
}

/** One checkpoint of the interim evaluation list. */
function CheckpointFields({ prefix, index }: { prefix: string; index: number }) {
  return (
    <>
      <DateField name={`${prefix}.date`} label={c.date.label} />
      <TextAreaField name={`${prefix}.participants`} label={c.participants.label} hint={c.participants.hint} rows={2} optional />
      <RadioField name={`${prefix}.kind`} label={c.kind.label} hint={c.kind.hint} options={c.kinds} />
      <StudentSurvey prefix={prefix} />
      <FactorRescore prefix={prefix} />
      <ActionReviews prefix={prefix} />
      <Fieldset>
        <FieldsetLegend>{c.agreements.legend}</FieldsetLegend>
        {AGREEMENT_TOPICS.map((t) => (
          <RadioField key={t} name={`${prefix}.agreements.${t}`} label={c.agreements[t].label} options={c.works} optional />
        ))}
        <TextAreaField name={`${prefix}.agreements.notes`} label={c.agreements.notes.label} rows={2} optional />
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{c.reach.legend}</FieldsetLegend>
        <FormFieldDescription>{c.reach.hint}</FormFieldDescription>
        {REACH_FIGURES.map((f) => (
          <NumberField key={f} name={`${prefix}.reach.${f}`} label={c.reach[f].label} integer optional />
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{c.experiences.legend}</FieldsetLegend>
        <FormFieldDescription>{c.experiences.hint}</FormFieldDescription>
        {PERSPECTIVES.map((p) => (
          <Fieldset key={p} className="sw-subgroup">
            <FieldsetLegend>{c.experiences.perspectives[p]}</FieldsetLegend>
            <SelectField
              name={`${prefix}.experiences.${p}.rating`}
              label={c.experiences.rating.label}
              options={c.experiences.ratings}
              valueAs={scoreValueAs}
              optional
            />
            <TextAreaField name={`${prefix}.experiences.${p}.notes`} label={c.experiences.notes.label} rows={2} optional />
          </Fieldset>
        ))}
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{c.signals.legend}</FieldsetLegend>
        <RadioField name={`${prefix}.signals.works`} label={c.signals.works.label} options={c.works} optional />
        <TextAreaField
          name={`${prefix}.signals.notes`}
          label={c.signals.notes.label}
          hint={c.signals.notes.hint}
          rows={2}
          optional
        />
      </Fieldset>
      <TextAreaField
        name={`${prefix}.externalFactors`}
        label={c.externalFactors.label}
        hint={c.externalFactors.hint}
        rows={3}
        optional
      />
      <TextAreaField name={`${prefix}.tops`} label={c.tops.label} rows={3} optional />
      <TextAreaField name={`${prefix}.tips`} label={c.tips.label} rows={3} optional />
      <NewActions prefix={prefix} />
      <Results prefix={prefix} rowLabel={c.row(index)} />
    </>
  );
}

/**
 * The interim evaluation list: checkpoints recorded one by one, each with its results view. A field
 * group of step 10 that reads the baseline (step 4) and the action plan (step 5) from the step context.
 */
export function CheckpointList({ name = 'checkpoints' }: { name?: string }) {
  const row = useCallback((prefix: string, index: number) => <CheckpointFields prefix={prefix} index={index} />, []);
  return (
    <RowList
      name={name}
      legend={c.legend}
      hint={c.hint}
      rowLabel={c.row}
      addLabel={c.add}
      emptyText={c.empty}
      newRow={newCheckpoint}
    >
      {row}
    </RowList>
  );
}
