import { useState } from 'react';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import { partnerLabel } from '#src/domain/partner-rows';
import type { StepId } from '#src/domain/step';
import { useAgreement, useApprovalState, usePartners } from '#src/sync/use-step-state';
import { useDossier } from '#src/app/dossier-context';
import { approvalNames } from '#src/app/pages/overview/aan-zet';
import { nl } from '#src/i18n/nl';
import './step-approval.css';

const t = nl.access;

/** Who gave akkoord on this step as it stands, and the "Akkoord voor <partner>" toggle for the caller's partner. */
export function StepApproval({ stepId }: { stepId: StepId }) {
  const { sync } = useDossier();
  const partners = usePartners(sync);
  const { approvals } = useApprovalState(sync)[stepId];
  const { lifecycle } = useAgreement(sync);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const partner = partners.find((p) => p.id === sync.me.partnerId);
  const drafting = lifecycle === 'concept' || lifecycle === 'wijziging';
  const mine = !!partner && approvals.some((a) => a.partnerId === partner.id);

  const toggle = async () => {
    setBusy(true);
    setError('');
    try {
      await (mine ? sync.unapprove(stepId) : sync.approve(stepId));
    } catch (e) {
      setError(e instanceof Error ? e.message : nl.agreement.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="akkoord" className="sw-approval">
      <Heading2 id="akkoord">{t.approveTitle}</Heading2>
      <Paragraph>
        {t.approvedBy}: {approvalNames(approvals, partners)}
      </Paragraph>
      {partner && drafting && can.approve(sync.me) && (
        <>
          <Paragraph className="sw-muted">{t.approveIntro}</Paragraph>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-pressed={mine}
            disabled={busy}
            onClick={toggle}
            className="sw-approval-toggle"
          >
            {t.approve(partnerLabel(partner))}
          </Button>
          <Paragraph role="status" className="sw-approval-state">
            {busy ? t.approving : mine ? t.approved(partnerLabel(partner)) : t.notApproved(partnerLabel(partner))}
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
