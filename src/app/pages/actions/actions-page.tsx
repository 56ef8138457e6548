import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ACTION_PLAN_HOST } from '#steps/index';
import { can } from '#src/domain/access';
import { Loading } from '#src/ui/loading';
import { PageHeading } from '#src/ui/page-heading';
import { actionsPageNl } from '#src/i18n/nl/actions-page';
import { commonNl } from '#src/i18n/nl/common';
import { useDossier } from '#src/app/dossier-context';
import { pathFor } from '#src/app/use-wizard-url';
import { useWorkAllowed } from '#src/app/pages/rounds/use-rounds-data';
import { ActionItem } from './action-item';
import { groupActions, hiddenBy, SHOW_ALL, type ActionsFilter } from './action-view';
import { ActionsFilterFields } from './actions-filter';
import { ActionsSummary } from './actions-summary';
import { ProposedActions } from './proposed-actions';
import { SignedPlanParts } from './signed-plan-parts';
import { useActionPlan } from './use-action-plan';
import './actions.css';

const t = actionsPageNl;

/**
 * "Actieplan volgen": the signed plan's actions with their progress (status, note, day done) and
 * status history across rounds, and the actions proposed since the signed version. An editing link
 * records progress and proposes actions without an amendment, while the agreement's state allows
 * working data; a reading link sees it all and changes nothing. Reloads when another browser changes it.
 */
export default function ActionsPage() {
  const { dossier, sync } = useDossier();
  const { state, put, drop, retry } = useActionPlan(sync);
  const allowed = useWorkAllowed(sync, 'evaluation');
  const editable = allowed && can.edit(sync.me);
  const [filter, setFilter] = useState<ActionsFilter>(SHOW_ALL);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const plan = state.kind === 'ready' ? state.data : null;
  const groups = useMemo(() => groupActions(plan?.actions ?? [], hidden), [plan, hidden]);
  const applyFilter = (next: ActionsFilter) => {
    setFilter(next);
    setHidden(hiddenBy(plan?.actions ?? [], next));
  };
  const proposedTotal = plan?.actions.filter((a) => a.source === 'voorstel').length ?? 0;
  const partners = dossier.partners;

  return (
    <div className="sw-actions-page">
      <PageHeading focusKey="acties">{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      {!allowed && (
        <Alert type="info">
          <Paragraph>{t.notYet}</Paragraph>
          <Paragraph>
            <RouterLink to={pathFor(dossier.id, ACTION_PLAN_HOST)} className="utrecht-link">
              {t.toStep5}
            </RouterLink>
          </Paragraph>
        </Alert>
      )}
      {allowed && !can.edit(sync.me) && (
        <Alert type="info">
          <Paragraph>{t.readOnly}</Paragraph>
        </Alert>
      )}
      {state.kind === 'loading' && <Loading text={t.loading} />}
      {state.kind === 'error' && (
        <Alert type="error" role="alert">
          <Paragraph>{state.message}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={retry}>
            {commonNl.retry}
          </Button>
        </Alert>
      )}
      {plan && (
        <>
          <ActionsSummary plan={plan} />
          <ActionsFilterFields filter={filter} onChange={applyFilter} />
          <Paragraph role="status" className="sw-actions-shown">
            {t.filters.shown(groups.shown, plan.actions.length)}
            {groups.shown === 0 && plan.actions.length > 0 && ` ${t.filters.none}`}
          </Paragraph>
          <section aria-labelledby="acties-plan" className="sw-actions-group">
            <Heading2 id="acties-plan">{t.plan.title(plan.version)}</Heading2>
            {plan.version !== null && <SignedPlanParts version={plan.version} />}
            {plan.actions.every((a) => a.source !== 'plan') && <Paragraph>{t.plan.empty}</Paragraph>}
            {groups.plan.length > 0 && (
              <ul className="sw-action-list">
                {groups.plan.map((a) => (
                  <ActionItem key={a.id} action={a} partners={partners} editable={editable} onSaved={put} />
                ))}
              </ul>
            )}
          </section>
          {plan.version !== null && (
            <ProposedActions
              proposed={groups.proposed}
              total={proposedTotal}
              partners={partners}
              editable={editable}
              onSaved={put}
              onRemoved={drop}
            />
          )}
        </>
      )}
    </div>
  );
}
