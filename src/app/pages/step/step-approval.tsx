import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import { partnerLabel } from '#src/domain/partner-rows';
import type { StepId } from '#src/domain/step';
import { useAgreement, useApprovalState, usePartners } from '#src/sync/use-step-state';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { approvalNames } from '#src/app/pages/overview/aan-zet';
import { accessNl } from '#src/i18n/nl/access';
import './step-approval.css';

/** Who gave akkoord on this step as it stands, and the "Akkoord voor <partner>" toggle for the caller's partner. */
export function StepApproval({ stepId }: { stepId: StepId }) {
  const { sync } = useDossier();
  const partners = usePartners(sync);
  const { approvals } = useApprovalState(sync)[stepId];
  const { lifecycle } = useAgreement(sync);
  const { busy, error, run } = useAction();
  const partner = partners.find((p) => p.id === sync.me.partnerId);
  // Akkoord is on the text being drafted; a frozen text is signed, not approved.
  const drafting = allows(lifecycle, { type: 'EDIT' });
  const mine = !!partner && approvals.some((a) => a.partnerId === partner.id);

  const toggle = () => run(() => (mine ? sync.unapprove(stepId) : sync.approve(stepId)));
  // A fixed text is signed, not approved: akkoord on it would only contradict "vastgelegd in versie n".
  if (!drafting) return null;

  return (
    <section aria-labelledby="akkoord" className="sw-approval">
      <Heading2 id="akkoord">{accessNl.approval}</Heading2>
      <Paragraph>
        {accessNl.approvedBy}: {approvalNames(approvals, partners)}
      </Paragraph>
      {partner && can.approve(sync.me) && (
        <>
          <Paragraph className="sw-muted">{accessNl.approveIntro}</Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-pressed={mine}
            disabled={busy}
            onClick={toggle}
            className="sw-approval-toggle"
          >
            {accessNl.approve(partnerLabel(partner))}
          </Button>
          <Paragraph role="status" className="sw-approval-state">
            {busy
              ? accessNl.approving
              : mine
                ? accessNl.approved(partnerLabel(partner))
                : accessNl.notApproved(partnerLabel(partner))}
          </Paragraph>
          {error && (
            <Alert type="error" role="alert">
              <Paragraph>{error}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </section>
  );
}
