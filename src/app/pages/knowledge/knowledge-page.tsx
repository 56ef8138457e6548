import { useCallback, useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import { partnersFromInitiatief } from '#src/domain/dossier';
import type { KnowledgeActivity, KnowledgeActivityBody } from '#src/domain/working/api';
import { ApiError } from '#src/sync/api';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { pathFor } from '#src/app/use-wizard-url';
import { useWorkAllowed } from '#src/app/pages/rounds/use-rounds-data';
import { useWorkData } from '#src/app/pages/follow-up/use-work-data';
import { commonNl } from '#src/i18n/nl/common';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';
import { workingNl } from '#src/i18n/nl/working';
import { KnowledgeForm, knowledgeValues } from './knowledge-form';
import { KnowledgeItem } from './knowledge-item';
import { plannedActivities } from './planned-activities';
import './knowledge.css';

const k = followUpPageNl.knowledge;

/** Newest first: the activity people just held is the one they look for. */
const newestFirst = (list: KnowledgeActivity[]) =>
  [...list].sort((a, b) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt));

/**
 * "Gehouden kennisactiviteiten" (/d/:id/kennis): the log of step 9's activities actually held, kept as
 * working data next to the signed text. Any link reads it; an editing link adds, changes and removes
 * (removing after a question). Changes from other browsers come in live.
 */
export default function KnowledgePage() {
  const { dossier, sync } = useDossier();
  const load = useCallback(() => sync.knowledgeActivities(), [sync]);
  const activities = useWorkData(sync, load, k.loadFailed, ['knowledge']);
  const allowed = useWorkAllowed(sync, 'evaluation');
  const mayEdit = allowed && can.edit(sync.me);
  const partners = useMemo(() => partnersFromInitiatief(sync.valuesFor('initiatief')), [sync]);
  const planned = useMemo(() => plannedActivities(sync.valuesFor('kennisdelen')), [sync]);
  const list = useAction();
  const adding = useAction();
  const [editId, setEditId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<KnowledgeActivity | null>(null);
  const [added, setAdded] = useState(0);

  const add = (body: KnowledgeActivityBody) =>
    adding.run(async () => {
      await sync.createKnowledgeActivity(body);
      activities.reload();
      // A fresh, empty form for the next one.
      setAdded((n) => n + 1);
      return k.added;
    });
  const save = (activity: KnowledgeActivity, body: KnowledgeActivityBody) =>
    list.run(async () => {
      try {
        await sync.updateKnowledgeActivity(activity.id, { ...body, revision: activity.revision });
        setEditId(null);
        return k.saved;
      } catch (e) {
        // Changed meanwhile: show the new state, the person decides again.
        if (e instanceof ApiError && e.status === 409) setEditId(null);
        throw e;
      } finally {
        activities.reload();
      }
    });
  const remove = () =>
    list.run(async () => {
      if (!removing) return;
      try {
        await sync.deleteKnowledgeActivity(removing.id);
        activities.reload();
        return k.removed(removing.topic);
      } finally {
        setRemoving(null);
      }
    });

  return (
    <div className="sw-knowledge">
      <PageHeading focusKey="kennis">{k.title}</PageHeading>
      <Paragraph>{k.intro}</Paragraph>
      <Paragraph>
        <RouterLink to={pathFor(dossier.id, 'kennisdelen')} className="utrecht-link">
          {k.toStep9}
        </RouterLink>
      </Paragraph>
      {!allowed && (
        <Alert type="info">
          <Paragraph>{workingNl.errors.notNow}</Paragraph>
        </Alert>
      )}
      {allowed && !mayEdit && (
        <Alert type="info">
          <Paragraph>{k.readOnly}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="kennis-lijst" className="sw-kn-section">
        <Heading2 id="kennis-lijst">{k.listTitle}</Heading2>
        {/* While a form is open it shows its own error; the outcome is said here once it closes. */}
        <ActionStatus busy={list.busy} busyText={k.busy} message={editId ? null : list.message} />
        {activities.kind === 'loading' && <Loading text={k.loading} />}
        {activities.kind === 'error' && (
          <Alert type="error" role="alert">
            <Paragraph>{activities.message}</Paragraph>
          </Alert>
        )}
        {activities.kind === 'ready' &&
          (activities.data.length === 0 ? (
            <Paragraph>{k.empty}</Paragraph>
          ) : (
            <ul className="sw-kn-list">
              {newestFirst(activities.data).map((a) =>
                editId === a.id ? (
                  <li key={a.id} className="sw-kn-item sw-kn-item--editing" aria-label={k.editTitle(a.topic)}>
                    <KnowledgeForm
                      prefix={`wijzig-${a.id}`}
                      initial={knowledgeValues(a)}
                      submitLabel={k.save}
                      busy={list.busy}
                      error={list.error}
                      onSubmit={(body) => save(a, body)}
                      onCancel={() => setEditId(null)}
                    />
                  </li>
                ) : (
                  <KnowledgeItem
                    key={a.id}
                    activity={a}
                    partners={partners}
                    planned={planned.find((p) => p.value === a.activityId)?.label}
                    mayEdit={mayEdit}
                    busy={list.busy}
                    onEdit={() => setEditId(a.id)}
                    onRemove={() => setRemoving(a)}
                  />
                ),
              )}
            </ul>
          ))}
      </section>
      {mayEdit && (
        <section aria-labelledby="kennis-toevoegen" className="sw-kn-section sw-kn-add">
          <Heading2 id="kennis-toevoegen">{k.addTitle}</Heading2>
          <ActionStatus busy={false} busyText={k.busy} message={adding.message?.kind === 'ok' ? adding.message : null} />
          <KnowledgeForm
            key={added}
            prefix="nieuw"
            initial={knowledgeValues()}
            submitLabel={k.add}
            busy={adding.busy}
            error={adding.error}
            onSubmit={add}
          />
        </section>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={k.removeTitle}
        confirmLabel={k.removeConfirm}
        cancelLabel={commonNl.cancel}
        busy={list.busy}
        busyText={k.busy}
        onConfirm={remove}
        onCancel={() => setRemoving(null)}
      >
        {removing ? k.removeBody(removing.topic, removing.heldOn) : ''}
      </ConfirmDialog>
    </div>
  );
}
