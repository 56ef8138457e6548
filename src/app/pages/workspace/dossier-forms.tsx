import { useState } from 'react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useAction } from '#src/app/use-action';
import { SelectField, TextField } from '#src/forms/fields';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { attachDossierBody, createWorkspaceDossierBody, type Workspace } from '#src/domain/workspace/api';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { absoluteLink } from '#src/sync/token-store';
import type { WorkspaceSync } from '#src/sync/workspace-sync';
import { CopyLink } from '#src/ui/copy-link';

const t = workspaceNl;
const failedWith = (fallback: string) => (e: unknown) => (e instanceof Error ? e.message : fallback);
const createFailed = failedWith(t.newDossier.failed);
const attachFailed = failedWith(t.attach.failed);

/** A new dossier in the workspace, empty or started from another of its dossiers; then its own owner link. */
export function NewDossierForm({ sync, workspace, onDone }: { sync: WorkspaceSync; workspace: Workspace; onDone: () => void }) {
  const { busy, error, run } = useAction({ failed: createFailed });
  const [made, setMade] = useState<{ id: string; token: string; title: string } | null>(null);
  const templates = workspace.dossiers.map((d) => ({ value: d.id, label: d.title }));
  return (
    <section aria-labelledby="nieuw-dossier" className="sw-workspace-section">
      <Heading2 id="nieuw-dossier">{t.newDossier.title}</Heading2>
      <StepForm
        schema={createWorkspaceDossierBody}
        defaultValues={{ title: '', gemeente: '', template: '' }}
        onSubmit={(values) =>
          run(async () => {
            const body = createWorkspaceDossierBody.parse({ ...values, template: values.template || undefined });
            const res = await sync.createDossier(body);
            setMade({ ...res, title: body.title });
            onDone();
          })
        }
        actions={
          <SubmitBar
            label={t.newDossier.submit}
            busy={busy}
            busyText={t.newDossier.busy}
            error={error}
            errorTitle={t.newDossier.failed}
          />
        }
      >
        <TextField name="title" label={t.newDossier.titleLabel} />
        <TextField name="gemeente" label={t.newDossier.gemeenteLabel} autoComplete="address-level2" />
        {templates.length > 0 && (
          <SelectField name="template" label={t.newDossier.templateLabel} hint={t.newDossier.templateHint} options={templates} />
        )}
      </StepForm>
      {made && (
        <Alert type="ok">
          <Paragraph>{t.newDossier.done(made.title)}</Paragraph>
          <CopyLink link={absoluteLink(made.id, made.token)} label={t.newDossier.ownLink} />
        </Alert>
      )}
    </section>
  );
}

/** An existing dossier into the workspace, by its owner link (the proof of managing it). */
export function AttachForm({ sync, onDone }: { sync: WorkspaceSync; onDone: () => void }) {
  const { busy, error, run } = useAction({ failed: attachFailed });
  const [done, setDone] = useState('');
  return (
    <section aria-labelledby="toevoegen" className="sw-workspace-section">
      <Heading2 id="toevoegen">{t.attach.title}</Heading2>
      <Paragraph>{t.attach.intro}</Paragraph>
      <StepForm
        schema={attachDossierBody}
        defaultValues={{ link: '' }}
        onSubmit={(values) =>
          run(async () => {
            const res = await sync.attach(attachDossierBody.parse(values));
            setDone(t.attach.done(res.title));
            onDone();
          })
        }
        actions={
          <SubmitBar label={t.attach.submit} busy={busy} busyText={t.attach.busy} error={error} errorTitle={t.attach.failed} />
        }
      >
        <TextField name="link" label={t.attach.label} />
      </StepForm>
      {done && (
        <Alert type="ok">
          <Paragraph>{done}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
