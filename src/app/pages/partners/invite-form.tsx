import { StepForm } from '#src/forms/step-form';
import { TextField } from '#src/forms/fields';
import { RadioField } from '#src/forms/choice-fields';
import { CheckboxField } from '#src/forms/checkbox-field';
import { SubmitBar } from '#src/forms/submit-bar';
import { useAction } from '#src/app/use-action';
import { inviteFormSchema, type InviteForm as InviteValues } from '#src/domain/access';
import { accessNl } from '#src/i18n/nl/access';

const createFailed = (e: unknown) => (e instanceof Error ? e.message : accessNl.createFailed);

/** Who gets a new link for one partner, with which rights. The partner is fixed by the page section. */
export function InviteForm({ onCreate }: { onCreate: (values: InviteValues) => Promise<void> }) {
  const { busy, error, run } = useAction({ failed: createFailed });
  return (
    <StepForm
      schema={inviteFormSchema}
      defaultValues={{ name: '', role: 'bewerken', tekenbevoegd: false }}
      onSubmit={(values) => run(() => onCreate(inviteFormSchema.parse(values)))}
      actions={
        <SubmitBar
          label={accessNl.submit}
          busy={busy}
          busyText={accessNl.creating}
          error={error}
          errorTitle={accessNl.createFailed}
        />
      }
    >
      <TextField name="name" label={accessNl.name} hint={accessNl.nameHint} autoComplete="off" optional />
      <RadioField
        name="role"
        label={accessNl.role}
        options={[
          { value: 'bewerken', label: accessNl.roles.bewerken, hint: accessNl.roleBewerkenHint },
          { value: 'lezen', label: accessNl.roles.lezen, hint: accessNl.roleLezenHint },
        ]}
      />
      <CheckboxField name="tekenbevoegd" label={accessNl.tekenbevoegd} hint={accessNl.tekenbevoegdHint} />
    </StepForm>
  );
}
