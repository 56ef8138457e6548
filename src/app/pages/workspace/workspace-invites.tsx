import { useState } from 'react';
import { Button, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useAction } from '#src/app/use-action';
import { RadioField } from '#src/forms/choice-fields';
import { TextField } from '#src/forms/fields';
import { StepForm } from '#src/forms/step-form';
import { SubmitBar } from '#src/forms/submit-bar';
import { workspaceInviteBody, WORKSPACE_ROLES, type WorkspaceInvite } from '#src/domain/workspace/api';
import { formatNl } from '#src/i18n/nl/format';
import { workspaceNl } from '#src/i18n/nl/workspace';
import { absoluteWorkspaceLink, type WorkspaceSync } from '#src/sync/workspace-sync';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { CopyLink } from '#src/ui/copy-link';
import { Loading } from '#src/ui/loading';
import { useLoaded } from './use-loaded';

const t = workspaceNl.invites;
const ROLE_OPTIONS = WORKSPACE_ROLES.map((value) => ({ value, label: workspaceNl.roles[value], hint: t.roleHints[value] }));
const createFailed = (e: unknown) => (e instanceof Error ? e.message : t.failed);
const who = (i: WorkspaceInvite) => i.name || t.unnamed;

/** Colleagues' links (the owner only): make one, see them, revoke one after a confirmation. */
export function WorkspaceInvites({ sync }: { sync: WorkspaceSync }) {
  const [version, setVersion] = useState(0);
  const { data, error: loadError, loading } = useLoaded(() => sync.invites(), [sync.id, version]);
  const create = useAction({ failed: createFailed });
  const revoke = useAction();
  const [link, setLink] = useState('');
  const [asked, setAsked] = useState<WorkspaceInvite | null>(null);

  return (
    <section aria-labelledby="collegas" className="sw-workspace-section">
      <Heading2 id="collegas">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      <StepForm
        schema={workspaceInviteBody}
        defaultValues={{ name: '', role: 'lezen' }}
        onSubmit={(values) =>
          create.run(async () => {
            const res = await sync.invite(workspaceInviteBody.parse(values));
            setLink(absoluteWorkspaceLink(sync.id, res.token));
            setVersion((v) => v + 1);
          })
        }
        actions={<SubmitBar label={t.submit} busy={create.busy} busyText={t.busy} error={create.error} errorTitle={t.failed} />}
      >
        <TextField name="name" label={t.nameLabel} optional />
        <RadioField name="role" label={t.roleLabel} options={ROLE_OPTIONS} />
      </StepForm>
      {link && <CopyLink link={link} label={t.created} />}

      <Heading3>{t.listTitle}</Heading3>
      {loading && !data && <Loading text={workspaceNl.page.loading} />}
      {loadError && <Paragraph>{t.loadFailed}</Paragraph>}
      {data && data.invites.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {data && data.invites.length > 0 && (
        <UnorderedList>
          {data.invites.map((i) => (
            <UnorderedListItem key={i.id}>
              {who(i)} — {workspaceNl.roles[i.role]} — {formatNl.time(i.createdAt)}{' '}
              {i.revokedAt ? (
                <span>({t.revoked})</span>
              ) : (
                <Button type="button" appearance="subtle-button" onClick={() => setAsked(i)}>
                  {t.revoke}
                  <span className="sw-visually-hidden"> {who(i)}</span>
                </Button>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <ActionStatus busy={revoke.busy} busyText={t.revoking} message={revoke.message} />
      <ConfirmDialog
        open={asked !== null}
        title={t.revokeTitle}
        confirmLabel={t.revoke}
        cancelLabel={t.cancel}
        busy={revoke.busy}
        busyText={t.revoking}
        onCancel={() => setAsked(null)}
        onConfirm={() =>
          asked &&
          revoke.run(async () => {
            await sync.revoke(asked.id);
            setAsked(null);
            setVersion((v) => v + 1);
            return t.revokedDone(who(asked));
          })
        }
      >
        <Paragraph>{asked ? t.revokeText(who(asked)) : ''}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
