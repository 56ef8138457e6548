import { useState } from 'react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Partner } from '#src/domain/partners';
import type { PlanAction } from '#src/domain/working/api';
import { ApiError } from '#src/sync/api';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { commonNl } from '#src/i18n/nl/common';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { ActionItem } from './action-item';
import { actionTitle, personOf } from './action-view';
import { ProposalForm, proposalValuesOf, type ProposalValues } from './proposal-form';

const t = actionsPageNl.proposals;

/**
 * "Nieuwe acties": actions proposed since the signed version, each marked "Nieuw sinds versie n",
 * which an editing link adds, edits and removes (after a confirmation). They go into the next
 * amendment's draft of step 5; once there, they are changed there.
 */
export function ProposedActions({
  proposed,
  total,
  partners,
  editable,
  onSaved,
  onRemoved,
}: {
  /** The proposals the filter shows. */
  proposed: readonly PlanAction[];
  /** How many proposals there are, shown or not. */
  total: number;
  partners: readonly Partner[];
  editable: boolean;
  onSaved: (a: PlanAction) => void;
  onRemoved: (id: string) => void;
}) {
  const { sync } = useDossier();
  const { busy, message, run } = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PlanAction | null>(null);
  // A new form after each proposal, so the next one starts empty.
  const [added, setAdded] = useState(0);

  const propose = async (values: ProposalValues) => {
    const created = await sync.proposeAction({ action: values });
    onSaved(created);
    setAdded((n) => n + 1);
    void run(async () => t.added(actionTitle(created)));
  };

  const update = async (a: PlanAction, values: ProposalValues) => {
    try {
      const saved = await sync.updateProposedAction(a.id, {
        action: { ...a.action, ...values },
        revision: a.proposal?.revision ?? 0,
      });
      onSaved(saved);
      setEditing(null);
      void run(async () => t.updated(actionTitle(saved)));
    } catch (e) {
      const current = e instanceof ApiError && e.status === 409 ? (e.body as { current?: PlanAction | null })?.current : null;
      // Changed elsewhere meanwhile: the form starts again from the new version, and says so.
      if (current) onSaved(current);
      throw current ? new Error(t.stale) : e;
    }
  };

  const remove = async () => {
    if (!removing) return;
    const what = actionTitle(removing);
    await run(async () => {
      try {
        await sync.deleteProposedAction(removing.id);
        onRemoved(removing.id);
        return t.removed(what);
      } finally {
        setRemoving(null);
      }
    });
  };

  return (
    <section aria-labelledby="nieuwe-acties" className="sw-actions-group">
      <Heading2 id="nieuwe-acties">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      <ActionStatus busy={busy} busyText={actionsPageNl.busy} message={message} />
      {total === 0 && <Paragraph>{t.empty}</Paragraph>}
      {proposed.length > 0 && (
        <ul className="sw-action-list">
          {proposed.map((a) => {
            const what = actionTitle(a);
            const proposal = a.proposal;
            const changeable = editable && proposal?.carriedAt === null;
            return (
              <ActionItem key={a.id} action={a} partners={partners} editable={editable} onSaved={onSaved}>
                {proposal && (
                  <Paragraph className="sw-action-new">
                    <strong className="sw-action-new-mark">{t.since(proposal.sinceVersion)}</strong>{' '}
                    {proposal.roundNumber !== null && `${t.fromRound(proposal.roundNumber)} `}
                    {t.proposedBy(proposal.createdAt, personOf(proposal.createdBy))}
                  </Paragraph>
                )}
                {proposal?.carriedAt && <Paragraph>{t.carried}</Paragraph>}
                {changeable && (
                  <ButtonGroup className="sw-action-buttons">
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-expanded={editing === a.id}
                      aria-label={actionsPageNl.about(editing === a.id ? t.stopEditing : t.edit, what)}
                      onClick={() => setEditing(editing === a.id ? null : a.id)}
                    >
                      {editing === a.id ? t.stopEditing : t.edit}
                    </Button>
                    <Button
                      type="button"
                      appearance="subtle-button"
                      disabled={busy}
                      aria-label={actionsPageNl.about(t.remove, what)}
                      onClick={() => setRemoving(a)}
                    >
                      {t.remove}
                    </Button>
                  </ButtonGroup>
                )}
                {changeable && editing === a.id && (
                  <div className="sw-action-edit">
                    <ProposalForm
                      key={proposal?.revision}
                      id={`bewerk-${a.id}`}
                      partners={partners}
                      initial={proposalValuesOf(a.action)}
                      submit={t.saveEdit}
                      onSubmit={(values) => update(a, values)}
                    />
                  </div>
                )}
              </ActionItem>
            );
          })}
        </ul>
      )}
      {editable && (
        <section aria-labelledby="actie-voorstellen" className="sw-action-add">
          <Heading3 id="actie-voorstellen">{t.addTitle}</Heading3>
          <Paragraph>{t.addHint}</Paragraph>
          <ProposalForm key={added} id="nieuw" partners={partners} submit={t.add} onSubmit={propose} />
        </section>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t.removeTitle}
        confirmLabel={t.removeConfirm}
        cancelLabel={commonNl.cancel}
        busy={busy}
        busyText={actionsPageNl.busy}
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      >
        {removing ? t.removeBody(actionTitle(removing)) : ''}
      </ConfirmDialog>
    </section>
  );
}
