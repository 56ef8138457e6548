import { useWatch } from 'react-hook-form';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { DateField, SelectField, TextAreaField, TextField } from '#src/forms/fields';
import { CheckboxesField } from '#src/forms/choice-fields';
import { RowList } from '#src/forms/row-list';
import { LiveWarnings } from '#src/forms/live-warnings';
import { PartnerSelectField } from '#src/forms/partner-select-field';
import { catalogueOptions } from '#src/forms/catalogue-options';
import { INTRODUCTION_ACTIONS } from '#src/domain/catalogue/introduction-actions';
import { copy } from './copy';
import { build, warnings } from './schema';

const schema = build('complete');
const actionKinds = catalogueOptions(INTRODUCTION_ACTIONS);

function ActionFields({ prefix }: { prefix: string }) {
  const kind = useWatch({ name: `${prefix}.kind` });
  const c = copy.actions;
  return (
    <>
      <SelectField name={`${prefix}.kind`} label={c.kind.label} options={actionKinds} />
      {kind === 'anders' && <TextField name={`${prefix}.kindOther`} label={c.kindOther.label} />}
      <CheckboxesField name={`${prefix}.audiences`} label={c.audiences.label} options={copy.audienceOptions} />
      <DateField name={`${prefix}.date`} label={c.date.label} hint={c.date.hint} optional />
      <TextField name={`${prefix}.moment`} label={c.moment.label} hint={c.moment.hint} optional />
      <PartnerSelectField name={`${prefix}.partnerId`} label={c.partner.label} />
      <TextField name={`${prefix}.person`} label={c.person.label} hint={c.person.hint} optional />
      <TextAreaField name={`${prefix}.notes`} label={c.notes.label} rows={2} optional />
    </>
  );
}

export default function BekendheidForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <RowList
        name="actions"
        legend={copy.actions.legend}
        hint={copy.actions.hint}
        rowLabel={copy.actions.row}
        addLabel={copy.actions.add}
        newRow={() => ({ kind: '', kindOther: '', audiences: [], date: '', moment: '', partnerId: '', person: '', notes: '' })}
      >
        {(prefix) => <ActionFields prefix={prefix} />}
      </RowList>
      <LiveWarnings compute={warnings} />
      <TextAreaField name="keepVisible" label={copy.keepVisible.label} hint={copy.keepVisible.hint} />
    </StepForm>
  );
}
