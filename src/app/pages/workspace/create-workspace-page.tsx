import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useAction } from '#src/app/use-action';
import { RadioField } from '#src/forms/choice-fields';
import { TextField } from '#src/forms/fields';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { createWorkspaceBody, WORKSPACE_KINDS, type LinkCreated } from '#src/domain/workspace/api';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { absoluteWorkspaceLink, createWorkspace, rememberWorkspace } from '#src/sync/workspace-sync';
import { CopyLink } from '#src/ui/copy-link';
import { PageHeading } from '#src/ui/page-heading';

const t = workspaceNl.create;
const failed = (e: unknown) => (e instanceof Error ? e.message : t.failed);
const KIND_OPTIONS = WORKSPACE_KINDS.map((value) => ({ value, label: workspaceNl.kinds[value] }));

export default function CreateWorkspacePage() {
  const { busy, error, run } = useAction({ failed });
  const [created, setCreated] = useState<LinkCreated | null>(null);

  if (created) {
    return (
      <>
        <PageHeading focusKey="klaar">{t.doneTitle}</PageHeading>
        <Paragraph>{t.doneIntro}</Paragraph>
        <CopyLink link={absoluteWorkspaceLink(created.id, created.token)} />
        <Alert type="warning">
          <Paragraph>{t.warning}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink
            to={`/w/${created.id}#${created.token}`}
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
        schema={createWorkspaceBody}
        defaultValues={{ title: '', kind: 'gemeente' }}
        onSubmit={(values) =>
          run(async () => {
            const body = createWorkspaceBody.parse(values);
            const res = await createWorkspace(body);
            rememberWorkspace(res.id, res.token, body.title);
            setCreated(res);
          })
        }
        actions={<SubmitBar label={t.submit} busy={busy} busyText={t.busy} error={error} errorTitle={t.failed} />}
      >
        <TextField name="title" label={t.titleLabel} hint={t.titleHint} />
        <RadioField name="kind" label={t.kindLabel} options={KIND_OPTIONS} />
      </StepForm>
    </>
  );
}
