import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { StepForm } from '#src/forms/step-form';
import { SelectField, TextField } from '#src/forms/fields';
import { RadioField } from '#src/forms/choice-fields';
import { CheckboxField } from '#src/forms/checkbox-field';
import { SignatureField } from '#src/forms/signature-field';
import { signatureBody, type SignatureBody } from '#src/domain/agreement/api';
import type { Partner } from '#src/domain/partners';
import { SubmitBar } from '#src/forms/submit-bar';
import { nl } from '#src/i18n/nl';

const t = nl.agreement;

function MethodFields() {
  const method = useWatch({ name: 'method' });
  if (method !== 'drawn') return null;
  return <SignatureField name="image" label={t.padLabel} hint={t.padHint} clearLabel={t.padClear} />;
}

function AuthorisedField({ partners }: { partners: Partner[] }) {
  const organisation = useWatch({ name: 'organisation' });
  const partner = partners.find((p) => p.id === organisation);
  return <CheckboxField name="authorised" label={partner ? t.authorised(partner.name) : t.authorisedGeneric} />;
}

/** Signing for one organisation: who, in what capacity, by what authority, and how. */
export function SignForm({ partners, onSign }: { partners: Partner[]; onSign: (body: SignatureBody) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const options = partners.map((p) => ({ value: p.id, label: p.name }));
  return (
    <StepForm
      schema={signatureBody}
      defaultValues={{
        organisation: partners.length === 1 ? partners[0]!.id : '',
        name: '',
        function: '',
        method: 'typed',
        authorised: false,
        mandate: '',
      }}
      onSubmit={async (values) => {
        setBusy(true);
        setError('');
        try {
          await onSign(signatureBody.parse({ ...values, image: values.method === 'drawn' ? values.image : undefined }));
        } catch (e) {
          setError(e instanceof Error ? e.message : t.failed);
        } finally {
          setBusy(false);
        }
      }}
      actions={<SubmitBar label={t.signSubmit} busy={busy} busyText={t.signing} error={error} />}
    >
      <SelectField name="organisation" label={t.organisation} options={options} />
      <TextField name="name" label={t.name} autoComplete="name" />
      <TextField name="function" label={t.function} autoComplete="organization-title" />
      <AuthorisedField partners={partners} />
      <TextField name="mandate" label={t.mandate} hint={t.mandateHint} optional />
      <RadioField
        name="method"
        label={t.method}
        options={[
          { value: 'typed', label: t.methodTyped, hint: t.methodTypedHint },
          { value: 'drawn', label: t.methodDrawn },
        ]}
      />
      <MethodFields />
    </StepForm>
  );
}
