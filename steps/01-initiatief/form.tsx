import { useWatch } from 'react-hook-form';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { DateField, SelectField, TextAreaField, TextField } from '#src/forms/fields';
import { CheckboxesField, RadioField } from '#src/forms/choice-fields';
import { RowList } from '#src/forms/row-list';
import { catalogueOptions } from '#src/forms/catalogue-options';
import { OCCASIONS } from '#src/domain/catalogue/occasions';
import { copy } from './copy';
import { build } from './schema';

const schema = build('complete');
const occasionOptions = catalogueOptions(OCCASIONS);

function PartnerFields({ prefix }: { prefix: string }) {
  const kind = useWatch({ name: `${prefix}.kind` });
  return (
    <>
      <SelectField name={`${prefix}.kind`} label={copy.partners.kind.label} options={copy.partnerKinds} />
      <TextField name={`${prefix}.name`} label={copy.partners.name.label} autoComplete="organization" />
      {kind === 'school' && (
        <>
          <SelectField name={`${prefix}.schoolType`} label={copy.partners.schoolType.label} options={copy.schoolTypes} />
          <TextField
            name={`${prefix}.locations`}
            label={copy.partners.locations.label}
            hint={copy.partners.locations.hint}
            optional
          />
        </>
      )}
    </>
  );
}

function OccasionOther() {
  const occasions = useWatch({ name: 'occasions' });
  if (!Array.isArray(occasions) || !occasions.includes('anders')) return null;
  return <TextField name="occasionOther" label={copy.occasionOther.label} />;
}

export default function InitiatiefForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <RadioField name="initiator" label={copy.initiator.label} hint={copy.initiator.hint} options={copy.initiatorKinds} />
      <CheckboxesField name="occasions" label={copy.occasions.label} hint={copy.occasions.hint} options={occasionOptions} />
      <OccasionOther />
      <TextAreaField name="occasionExplanation" label={copy.occasionExplanation.label} hint={copy.occasionExplanation.hint} />
      <RowList
        name="partners"
        legend={copy.partners.legend}
        hint={copy.partners.hint}
        rowLabel={copy.partners.row}
        addLabel={copy.partners.add}
        newRow={() => ({ kind: '', name: '', schoolType: '', locations: '' })}
      >
        {(prefix) => <PartnerFields prefix={prefix} />}
      </RowList>
      <RadioField name="collaborationType" label={copy.collaborationType.label} options={copy.collaborationTypes} />
      <DateField name="intendedStart" label={copy.intendedStart.label} />
    </StepForm>
  );
}
