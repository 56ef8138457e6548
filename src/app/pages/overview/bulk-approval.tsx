import { useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { STEPS, getStep } from '#steps/index';
import { can } from '#src/domain/access';
import { readyForApproval } from '#src/domain/approvals';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { partnerLabel } from '#src/domain/partner-rows';
import type { StepId } from '#src/domain/step';
import { useAgreement, useApprovalState, usePartners, useStepStatuses } from '#src/sync/use-step-state';
import { useDossier } from '#src/app/dossier-context';
import { Loading } from '#src/ui/loading';
import { accessNl } from '#src/i18n/nl/access';
import { stepsNl } from '#src/i18n/nl/steps';

type Result = Awaited<ReturnType<ReturnType<typeof useDossier>['sync']['approveAll']>>;

/**
 * "Akkoord geven op alle stappen die klaar zijn": one click for the caller's organisation instead of
 * one per step. It names the steps before, and says after what it did and what did not work.
 */
export function BulkApproval() {
  const { dossier, sync } = useDossier();
  const partners = usePartners(sync);
  const statuses = useStepStatuses(sync);
  const state = useApprovalState(sync);
  const { lifecycle } = useAgreement(sync);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const partner = partners.find((p) => p.id === sync.me.partnerId);
  // Akkoord is on the text being drafted, by a link that may give it for a partner still in step 1.
  if (!partner || !can.approve(sync.me) || !allows(lifecycle, { type: 'EDIT' })) return null;
  const ready = readyForApproval(STEPS, statuses, state, partner.id);
  if (ready.length === 0 && !result) return null;
  const name = partnerLabel(partner);
  const stepLink = (stepId: StepId) => {
    const step = getStep(stepId);
    return (
      <RouterLink to={`/d/${dossier.id}/stap/${stepId}`} className="utrecht-link">
        {stepsNl.label(step.number, step.copy.title)}
      </RouterLink>
    );
  };

  const approveAll = async () => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await sync.approveAll(ready));
    } finally {
      setBusy(false);
      // The result replaces the button that asked for it: read it out from there.
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  };

  return (
    <section aria-labelledby="akkoord-alles" className="sw-bulk-approval">
      <Heading2 id="akkoord-alles">{accessNl.bulk.title}</Heading2>
      {ready.length > 0 && (
        <>
          <Paragraph>{accessNl.bulk.intro(name, ready.length)}</Paragraph>
          <UnorderedList>
            {ready.map((id) => (
              <UnorderedListItem key={id}>{stepLink(id)}</UnorderedListItem>
            ))}
          </UnorderedList>
          <Paragraph className="sw-muted">{accessNl.approveIntro}</Paragraph>
          <Button type="button" appearance="primary-action-button" disabled={busy} onClick={approveAll}>
            {accessNl.bulk.button(ready.length)}
          </Button>
        </>
      )}
      {busy && <Loading text={accessNl.bulk.busy} />}
      <div ref={resultRef} tabIndex={-1} role="status" className="sw-bulk-result">
        {result && result.approved.length > 0 && (
          <Alert type="ok">
            <Paragraph>{accessNl.bulk.done(name, result.approved.length)}</Paragraph>
            <UnorderedList>
              {result.approved.map((id) => (
                <UnorderedListItem key={id}>{stepLink(id)}</UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
        {result && result.failed.length > 0 && (
          <Alert type="error">
            <Paragraph>{accessNl.bulk.failed(result.failed.length)}</Paragraph>
            <UnorderedList>
              {result.failed.map((f) => (
                <UnorderedListItem key={f.stepId}>
                  {stepLink(f.stepId)}: {f.message}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        )}
      </div>
    </section>
  );
}
