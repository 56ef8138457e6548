import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { SubmitBar } from '#src/forms/submit-bar';
import { StepForm } from '#src/forms/step-form';
import { TextField } from '#src/forms/fields';
import { createDossierBody, type CreateDossierResponse } from '#src/domain/dossier';
import { PageHeading } from '#src/ui/page-heading';
import { CopyLink } from '#src/ui/copy-link';
import { nl } from '#src/i18n/nl';
import { api } from '#src/sync/client';
import { absoluteLink, rememberDossier } from '#src/sync/token-store';

const t = nl.create;

export default function CreatePage() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [created, setCreated] = useState<(CreateDossierResponse & { title: string }) | null>(null);

  if (created) {
    const link = absoluteLink(created.id, created.token);
    return (
      <>
        <PageHeading focusKey="klaar">{t.doneTitle}</PageHeading>
        <Paragraph>{t.doneIntro}</Paragraph>
        <CopyLink link={link} />
        <Alert type="warning">
          <Paragraph>{t.warning}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink
            to={`/d/${created.id}#${created.token}`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          >
            {t.open}
          </RouterLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageHeading focusKey="nieuw">{t.title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <StepForm
        schema={createDossierBody}
        defaultValues={{ title: '', gemeente: '' }}
        onSubmit={async (values) => {
          setBusy(true);
          setError('');
          try {
            const body = createDossierBody.parse(values);
            const res = await api.createDossier(body);
            rememberDossier({ id: res.id, token: res.token, title: body.title });
            setCreated({ ...res, title: body.title });
          } catch (e) {
            setError(e instanceof Error ? e.message : t.failed);
          } finally {
            setBusy(false);
          }
        }}
        actions={<SubmitBar label={t.submit} busy={busy} busyText={t.busy} error={error} errorTitle={t.failed} />}
      >
        <TextField name="title" label={t.titleLabel} hint={t.titleHint} />
        <TextField name="gemeente" label={t.gemeenteLabel} hint={t.gemeenteHint} autoComplete="address-level2" />
      </StepForm>
    </>
  );
}
