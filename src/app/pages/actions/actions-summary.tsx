import type { MouseEvent } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ActionPlanView } from '#src/domain/working/api';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { actionAnchor } from './action-item';
import { actionDeadline, actionTitle } from './action-view';

const t = actionsPageNl.summary;

/**
 * The links go to an action on this page by focusing it, never through the address: the dossier's
 * link travels in the fragment, so the page does not put anything else there.
 */
function goTo(e: MouseEvent<HTMLAnchorElement>, id: string) {
  e.preventDefault();
  const el = document.getElementById(actionAnchor(id));
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
}

/** "9 van 11 acties gereed (82%)", and the overdue actions named, each a link to it below. */
export function ActionsSummary({ plan }: { plan: ActionPlanView }) {
  const overdue = plan.actions.filter((a) => a.overdue);
  return (
    <section aria-labelledby="acties-stand" className="sw-actions-summary">
      <Heading2 id="acties-stand">{t.title}</Heading2>
      <Paragraph className="sw-actions-count">
        {t.done(plan.summary.done, plan.summary.total, plan.summary.percentDone)}
      </Paragraph>
      {plan.summary.total > 0 && <Paragraph>{t.overdue(overdue.length)}</Paragraph>}
      {overdue.length > 0 && (
        <ul className="sw-actions-overdue">
          {overdue.map((a) => {
            const deadline = actionDeadline(a);
            return (
              <li key={a.id}>
                <a href={`#${actionAnchor(a.id)}`} className="utrecht-link" onClick={(e) => goTo(e, a.id)}>
                  {actionTitle(a)}
                </a>
                {deadline && ` (${t.deadlineWas(deadline)})`}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
