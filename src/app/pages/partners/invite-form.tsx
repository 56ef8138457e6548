import { useState } from 'react';
import { StepForm } from '#src/forms/step-form';
import { TextField } from '#src/forms/fields';
import { RadioField } from '#src/forms/choice-fields';
import { CheckboxField } from '#src/forms/checkbox-field';
import { SubmitBar } from '#src/forms/submit-bar';
import { inviteFormSchema, type InviteForm as InviteValues } from '#src/domain/access';
import { nl } from '#src/i18n/nl';

const t = nl.access;

/** Who gets a new link for one partner, with which rights. The partner is fixed by the page section. */
export function InviteForm({ onCreate }: { onCreate: (values: InviteValues) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <StepForm
      schema={inviteFormSchema}
      defaultValues={{ name: '', role: 'bewerken', tekenbevoegd: false }}
      onSubmit={async (values) => {
        setBusy(true);
        setError('');
        try {
          await onCreate(inviteFormSchema.parse(values));
        } catch (e) {
          setError(e instanceof Error ? e.message : t.createFailed);
        } finally {
          setBusy(false);
        }
      }}
      actions={<SubmitBar label={t.submit} busy={busy} busyText={t.creating} error={error} errorTitle={t.createFailed} />}
    >
      <TextField name="name" label={t.name} hint={t.nameHint} autoComplete="off" optional />
      <RadioField
        name="role"
        label={t.role}
        options={[
          { value: 'bewerken', label: t.roleBewerken, hint: t.roleBewerkenHint },
          { value: 'lezen', label: t.roleLezen, hint: t.roleLezenHint },
        ]}
      />
      <CheckboxField name="tekenbevoegd" label={t.tekenbevoegd} hint={t.tekenbevoegdHint} />
    </StepForm>
  );
}
