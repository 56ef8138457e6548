import { useWatch } from 'react-hook-form';
import { StepForm } from '#src/forms/step-form';
import { SelectField, TextField } from '#src/forms/fields';
import { RadioField } from '#src/forms/choice-fields';
import { CheckboxField } from '#src/forms/checkbox-field';
import { SignatureField } from '#src/forms/signature-field';
import { signatureBody, type SignatureBody } from '#src/domain/agreement/api';
import type { Partner } from '#src/domain/partners';
import { SubmitBar } from '#src/forms/submit-bar';
import { useAction } from '#src/app/use-action';
import { agreementNl } from '#src/i18n/nl/agreement';

function MethodFields() {
  const method = useWatch({ name: 'method' });
  if (method !== 'drawn') return null;
  return (
    <SignatureField name="image" label={agreementNl.padLabel} hint={agreementNl.padHint} clearLabel={agreementNl.padClear} />
  );
}

function AuthorisedField({ partners }: { partners: Partner[] }) {
  const organisation = useWatch({ name: 'organisation' });
  const partner = partners.find((p) => p.id === organisation);
  return (
    <CheckboxField name="authorised" label={partner ? agreementNl.authorised(partner.name) : agreementNl.authorisedGeneric} />
  );
}

/** Signing for one organisation: who, in what capacity, by what authority, and how. */
export function SignForm({
  partners,
  onSign,
  signer,
}: {
  partners: Partner[];
  onSign: (body: SignatureBody) => Promise<unknown>;
  /** Who is expected to sign (the link's person, or step 2's contact): prefilled, still editable. */
  signer?: { name?: string; jobTitle?: string };
}) {
  const { busy, error, run } = useAction();
  const options = partners.map((p) => ({ value: p.id, label: p.name }));
  return (
    <StepForm
      schema={signatureBody}
      defaultValues={{
        organisation: partners.length === 1 ? partners[0]!.id : '',
        name: signer?.name ?? '',
        function: signer?.jobTitle ?? '',
        method: 'typed',
        authorised: false,
        mandate: '',
      }}
      onSubmit={(values) =>
        run(async () => {
          await onSign(signatureBody.parse({ ...values, image: values.method === 'drawn' ? values.image : undefined }));
        })
      }
      actions={<SubmitBar label={agreementNl.signSubmit} busy={busy} busyText={agreementNl.signing} error={error} />}
    >
      <SelectField name="organisation" label={agreementNl.organisation} options={options} />
      <TextField name="name" label={agreementNl.name} autoComplete="name" />
      <TextField name="function" label={agreementNl.function} autoComplete="organization-title" />
      <AuthorisedField partners={partners} />
      <TextField name="mandate" label={agreementNl.mandate} hint={agreementNl.mandateHint} optional />
      <RadioField
        name="method"
        label={agreementNl.method}
        options={[
          { value: 'typed', label: agreementNl.methodTyped, hint: agreementNl.methodTypedHint },
          { value: 'drawn', label: agreementNl.methodDrawn },
        ]}
      />
      <MethodFields />
    </StepForm>
  );
}
