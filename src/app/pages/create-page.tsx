import { useState } from 'react';
import { useAction } from '#src/app/use-action';
import { Link as RouterLink } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { SubmitBar } from '#src/forms/submit-bar';
import { StepForm } from '#src/forms/step-form';
import { TextField } from '#src/forms/fields';
import { createDossierBody, type CreateDossierResponse } from '#src/domain/dossier';
import { PageHeading } from '#src/ui/page-heading';
import { CopyLink } from '#src/ui/copy-link';
import { createNl } from '#src/i18n/nl/create';
import { api } from '#src/sync/client';
import { absoluteLink, rememberDossier } from '#src/sync/token-store';

const createFailed = (e: unknown) => (e instanceof Error ? e.message : createNl.failed);

export default function CreatePage() {
  const { busy, error, run } = useAction({ failed: createFailed });
  const [created, setCreated] = useState<(CreateDossierResponse & { title: string }) | null>(null);

  if (created) {
    const link = absoluteLink(created.id, created.token);
    return (
      <>
        <PageHeading focusKey="klaar">{createNl.doneTitle}</PageHeading>
        <Paragraph>{createNl.doneIntro}</Paragraph>
        <CopyLink link={link} />
        <Alert type="warning">
          <Paragraph>{createNl.warning}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink
            to={`/d/${created.id}#${created.token}`}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          >
            {createNl.open}
          </RouterLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageHeading focusKey="nieuw">{createNl.title}</PageHeading>
      <Paragraph>{createNl.lead}</Paragraph>
      <StepForm
        schema={createDossierBody}
        defaultValues={{ title: '', gemeente: '' }}
        onSubmit={(values) =>
          run(async () => {
            const body = createDossierBody.parse(values);
            const res = await api.createDossier(body);
            rememberDossier({ id: res.id, token: res.token, title: body.title });
            setCreated({ ...res, title: body.title });
          })
        }
        actions={
          <SubmitBar label={createNl.submit} busy={busy} busyText={createNl.busy} error={error} errorTitle={createNl.failed} />
        }
      >
        <TextField name="title" label={createNl.titleLabel} hint={createNl.titleHint} />
        <TextField name="gemeente" label={createNl.gemeenteLabel} hint={createNl.gemeenteHint} autoComplete="address-level2" />
      </StepForm>
    </>
  );
}
