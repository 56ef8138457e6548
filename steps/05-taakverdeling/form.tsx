import { StepForm, type StepFormProps } from '#src/forms/step-form';
import { TextAreaField } from '#src/forms/fields';
import { LiveWarnings } from '#src/forms/live-warnings';
import { RowList } from '#src/forms/row-list';
import { NoPartnersNote, PartnerSelectField } from '#src/forms/partner-select-field';
import { ActionPlan } from '#src/tools/action-plan/action-plan';
import { copy } from './copy';
import { build, warnings } from './schema';

const schema = build('complete');
const r = copy.roles;

function RoleFields({ prefix }: { prefix: string }) {
  return (
    <>
      <PartnerSelectField name={`${prefix}.partnerId`} label={r.partnerId.label} noPartnersHint={false} />
      <TextAreaField name={`${prefix}.responsibilities`} label={r.responsibilities.label} hint={r.responsibilities.hint} />
      <TextAreaField name={`${prefix}.expectations`} label={r.expectations.label} hint={r.expectations.hint} />
      <TextAreaField name={`${prefix}.notTheirTask`} label={r.notTheirTask.label} hint={r.notTheirTask.hint} optional />
    </>
  );
}

const roleFields = (prefix: string) => <RoleFields prefix={prefix} />;

export default function TaakverdelingForm(props: StepFormProps) {
  return (
    <StepForm {...props} schema={schema}>
      <NoPartnersNote />
      <RowList
        name="roles"
        legend={r.legend}
        hint={r.hint}
        rowLabel={r.row}
        addLabel={r.add}
        newRow={() => ({ partnerId: '', responsibilities: '', expectations: '', notTheirTask: '' })}
      >
        {roleFields}
      </RowList>
      <LiveWarnings compute={warnings} />
      <TextAreaField name="ownExpertise" label={copy.ownExpertise.label} hint={copy.ownExpertise.hint} />
      <ActionPlan />
    </StepForm>
  );
}
