import { useId } from 'react';
import { Button, ButtonGroup, Heading3 } from '@utrecht/component-library-react';
import type { KnowledgeActivity } from '#src/domain/working/api';
import type { Partner } from '#src/domain/partners';
import { kindText } from './planned-activities';
import { followUpPageNl } from '#src/i18n/nl/follow-up-page';

const k = followUpPageNl.knowledge;
const m = k.meta;

/** One activity held: when, what, who took part, what it brought; with edit and remove for an editing link. */
export function KnowledgeItem({
  activity,
  partners,
  planned,
  mayEdit,
  busy,
  onEdit,
  onRemove,
}: {
  activity: KnowledgeActivity;
  partners: readonly Partner[];
  /** Step 9's planned activity it belongs to, in words, if any. */
  planned?: string;
  mayEdit: boolean;
  busy: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const headingId = useId();
  const names = activity.partnerIds.map((id) => partners.find((p) => p.id === id)?.name ?? k.unknownPartner);
  const rows: [string, string][] = [
    [m.kind, kindText(activity)],
    ...(names.length > 0 ? [[m.partners, names.join(', ')] as [string, string]] : []),
    ...(activity.participants !== null ? [[m.participants, k.participantsCount(activity.participants)] as [string, string]] : []),
    ...(planned ? [[m.planned, planned] as [string, string]] : []),
    ...(activity.notes ? [[m.notes, activity.notes] as [string, string]] : []),
    [m.recorded, k.recordedBy(activity.updatedBy || activity.createdBy, activity.updatedAt)],
  ];
  return (
    <li className="sw-kn-item" aria-labelledby={headingId}>
      <Heading3 id={headingId}>
        <time dateTime={activity.heldOn}>{k.date(activity.heldOn)}</time>: {activity.topic}
      </Heading3>
      <dl className="sw-kn-meta">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {mayEdit && (
        <ButtonGroup className="sw-kn-item-actions">
          <Button
            type="button"
            appearance="secondary-action-button"
            disabled={busy}
            onClick={onEdit}
            aria-label={k.about(k.edit, activity.topic)}
          >
            {k.edit}
          </Button>
          <Button
            type="button"
            appearance="subtle-button"
            disabled={busy}
            onClick={onRemove}
            aria-label={k.about(k.remove, activity.topic)}
          >
            {k.remove}
          </Button>
        </ButtonGroup>
      )}
    </li>
  );
}
