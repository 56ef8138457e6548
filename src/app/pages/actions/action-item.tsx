import type { ReactNode } from 'react';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Partner } from '#src/domain/partners';
import type { PlanAction } from '#src/domain/working/api';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { ActionHistory } from './action-history';
import { ActionStatusBadges } from './action-status-badge';
import { actionDeadline, actionLead, actionTitle, personOf, progressValues } from './action-view';
import { ProgressFacts } from './progress-facts';
import { ProgressForm } from './progress-form';

const t = actionsPageNl.action;

/** The anchor of an action on the page, for the overdue list on top; the dot keeps it from ever reading as a link token. */
export const actionAnchor = (id: string) => `actie.${id}`;

/**
 * One action: what, who, by when, where it stands (overdue said in words), its progress form for an
 * editing link or its progress as facts for a reading link, and its status history across rounds.
 * `children` holds what a proposed action adds (its origin, edit and remove).
 */
export function ActionItem({
  action,
  partners,
  editable,
  onSaved,
  children,
}: {
  action: PlanAction;
  partners: readonly Partner[];
  editable: boolean;
  onSaved: (a: PlanAction) => void;
  children?: ReactNode;
}) {
  const deadline = actionDeadline(action);
  const headingId = `${actionAnchor(action.id)}-titel`;
  const progress = action.progress;
  return (
    <li id={actionAnchor(action.id)} className="sw-action" aria-labelledby={headingId} tabIndex={-1}>
      <div className="sw-action-head">
        <Heading3 id={headingId}>{actionTitle(action)}</Heading3>
        <ActionStatusBadges status={action.status} overdue={action.overdue} />
      </div>
      <dl className="sw-action-facts">
        <div className="sw-action-fact">
          <dt>{t.who}</dt>
          <dd>{actionLead(action, partners)}</dd>
        </div>
        <div className="sw-action-fact">
          <dt>{t.deadline}</dt>
          <dd>{deadline ? actionsPageNl.day(deadline) : t.noDeadline}</dd>
        </div>
      </dl>
      {action.overdue && deadline && <Paragraph className="sw-action-overdue-text">{t.overdue(deadline)}</Paragraph>}
      {children}
      {editable ? <ProgressForm action={action} onSaved={onSaved} /> : <ProgressFacts values={progressValues(action)} />}
      {progress && <Paragraph className="sw-muted">{t.lastChange(progress.updatedAt, personOf(progress.updatedBy))}</Paragraph>}
      <ActionHistory history={action.history} />
    </li>
  );
}
