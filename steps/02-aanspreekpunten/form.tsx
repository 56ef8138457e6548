import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { TextAreaField, TextField } from '#src/forms/fields';
import { LiveWarnings } from '#src/forms/live-warnings';
import { RowList } from '#src/forms/row-list';
import { NoPartnersNote, PartnerSelectField } from '#src/forms/partner-select-field';
import { copy } from './copy';
import { build, warnings } from './schema';

const schema = build('complete');
const c = copy.contacts;

function ContactFields({ prefix }: { prefix: string }) {
  return (
    <>
      <PartnerSelectField name={`${prefix}.partnerId`} label={c.partnerId.label} noPartnersHint={false} />
      <Fieldset>
        <FieldsetLegend>{c.contactGroup}</FieldsetLegend>
        <TextField name={`${prefix}.contactName`} label={c.contactName.label} />
        <TextField name={`${prefix}.contactJobTitle`} label={c.contactJobTitle.label} hint={c.contactJobTitle.hint} />
        <TextField name={`${prefix}.contactEmail`} label={c.contactEmail.label} type="email" />
        <TextField name={`${prefix}.contactPhone`} label={c.contactPhone.label} type="tel" width="medium" />
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{c.standInGroup}</FieldsetLegend>
        <TextField name={`${prefix}.standInName`} label={c.standInName.label} />
        <TextField name={`${prefix}.standInJobTitle`} label={c.standInJobTitle.label} optional />
        <TextField name={`${prefix}.standInEmail`} label={c.standInEmail.label} type="email" optional />
        <TextField name={`${prefix}.standInPhone`} label={c.standInPhone.label} type="tel" width="medium" optional />
      </Fieldset>
    </>
  );
}

export default function AanspreekpuntenForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <NoPartnersNote />
      <RowList
        name="contacts"
        legend={c.legend}
        hint={c.hint}
        rowLabel={c.row}
        addLabel={c.add}
        newRow={() => ({
          partnerId: '',
          contactName: '',
          contactJobTitle: '',
          contactEmail: '',
          contactPhone: '',
          standInName: '',
          standInJobTitle: '',
          standInEmail: '',
          standInPhone: '',
        })}
      >
        {(prefix) => <ContactFields prefix={prefix} />}
      </RowList>
      <LiveWarnings compute={warnings} />
      <TextAreaField name="handover" label={copy.handover.label} hint={copy.handover.hint} />
    </StepForm>
  );
}
