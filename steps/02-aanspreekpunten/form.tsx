import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { StepForm, type StepFormProps } from '../../src/forms/step-form';
import { SelectField, TextAreaField, TextField } from '../../src/forms/fields';
import { LiveWarnings } from '../../src/forms/live-warnings';
import { RowList } from '../../src/forms/row-list';
import { useStepContext } from '../../src/forms/step-context';
import { partnerOptions } from '../../src/domain/partner-rows';
import { copy } from './copy';
import { build, warnings } from './schema';

const schema = build('complete');
const c = copy.contacts;

function ContactFields({ prefix }: { prefix: string }) {
  const { partners } = useStepContext();
  return (
    <>
      <SelectField name={`${prefix}.partnerId`} label={c.partnerId.label} options={partnerOptions(partners)} />
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

function NoPartnersHint() {
  const { partners } = useStepContext();
  return partners.length === 0 ? <Paragraph>{c.noPartners}</Paragraph> : null;
}

export default function AanspreekpuntenForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <NoPartnersHint />
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
