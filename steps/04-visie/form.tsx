import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { TextAreaField, TextField } from '#src/forms/fields';
import { CheckboxesField } from '#src/forms/choice-fields';
import { RowList } from '#src/forms/row-list';
import { ConversationCard } from '#src/tools/conversation-card/conversation-card';
import { WorkingFactors } from '#src/tools/working-factors/working-factors';
import { copy } from './copy';
import { build } from './schema';

const schema = build('complete');
const g = copy.goals;
const t = copy.targetGroup;

export default function VisieForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <TextAreaField name="vision" label={copy.vision.label} hint={copy.vision.hint} rows={6} />
      <TextAreaField name="contribution" label={copy.contribution.label} hint={copy.contribution.hint} />
      <RowList
        name="goals"
        legend={g.legend}
        hint={g.hint}
        rowLabel={g.row}
        addLabel={g.add}
        newRow={() => ({ goal: '', indicator: '' })}
      >
        {(prefix) => (
          <>
            <TextField name={`${prefix}.goal`} label={g.goal.label} />
            <TextField name={`${prefix}.indicator`} label={g.indicator.label} hint={g.indicator.hint} />
          </>
        )}
      </RowList>
      <Fieldset>
        <FieldsetLegend>{t.legend}</FieldsetLegend>
        <TextField name="schoolYears" label={t.schoolYears.label} hint={t.schoolYears.hint} />
        <CheckboxesField name="levels" label={t.levels.label} hint={t.levels.hint} options={copy.levelOptions} />
        <TextAreaField name="targetGroupNotes" label={t.notes.label} hint={t.notes.hint} optional />
      </Fieldset>
      <ConversationCard name="conversation" visionField="vision" />
      <WorkingFactors name="factors" />
    </StepForm>
  );
}
