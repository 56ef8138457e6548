import { StatusBadge } from '@utrecht/component-library-react';
import type { ActionStatus } from '#src/domain/evaluation/atoms';
import { statusLabel } from '#src/tools/action-plan/view';
import { actionsPageNl } from '#src/i18n/nl/actions-page';

const KIND: Record<ActionStatus, string> = { gepland: 'neutral', bezig: 'warning', gereed: 'safe', uitgesteld: 'neutral' };

/** The action's status in words, and "Over de uiterste datum" in words too: the colour only repeats them. */
export function ActionStatusBadges({ status, overdue }: { status: ActionStatus; overdue: boolean }) {
  return (
    <span className="sw-action-badges">
      <StatusBadge status={KIND[status]} className={`sw-status sw-action-status--${status}`}>
        {statusLabel(status)}
      </StatusBadge>
      {overdue && (
        <StatusBadge status="danger" className="sw-status sw-action-overdue">
          {actionsPageNl.action.overdueBadge}
        </StatusBadge>
      )}
    </span>
  );
}
