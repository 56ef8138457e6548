import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import { allows } from '#src/domain/agreement/lifecycle.machine';
import { useAgreement } from '#src/sync/use-step-state';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { commonNl } from '#src/i18n/nl/common';
import { resultsNl } from '#src/i18n/nl/results';
import { agreementPath } from './links';

const a = resultsNl.amend;

/**
 * "Wijziging voorstellen": starts an amendment (the lifecycle's AMEND), after a question that says what
 * it means. The server starts the draft from the signed text with the proposed actions already in it.
 */
export function ProposeAmendment() {
  const { dossier, sync } = useDossier();
  const { lifecycle, versions } = useAgreement(sync);
  const { busy, message, run } = useAction();
  const [asking, setAsking] = useState(false);
  const [started, setStarted] = useState(false);
  const edit = can.edit(sync.me);
  const mayAmend = allows(lifecycle, { type: 'AMEND' }, { hasSignedVersion: versions.some((v) => v.status === 'getekend') });
  const running = !mayAmend && lifecycle === 'wijziging';

  const start = () =>
    run(async () => {
      try {
        await sync.lifecycle('AMEND');
        setStarted(true);
      } finally {
        setAsking(false);
      }
      return a.started;
    });

  return (
    <section aria-labelledby="wijziging" className="sw-results-amend">
      <Heading2 id="wijziging">{a.title}</Heading2>
      <Paragraph>{a.intro}</Paragraph>
      {edit && mayAmend && (
        <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => setAsking(true)}>
          {a.button}
        </Button>
      )}
      {!edit && <Paragraph>{a.readOnly}</Paragraph>}
      {edit && running && !started && <Paragraph>{a.running}</Paragraph>}
      <ActionStatus busy={busy} busyText={resultsNl.next.busy} message={message} />
      {(started || running) && (
        <Paragraph>
          <RouterLink to={agreementPath(dossier.id)} className="utrecht-link">
            {a.toAgreement}
          </RouterLink>
        </Paragraph>
      )}
      <ConfirmDialog
        open={asking}
        title={a.confirmTitle}
        confirmLabel={a.confirm}
        cancelLabel={commonNl.cancel}
        busy={busy}
        busyText={resultsNl.next.busy}
        onConfirm={start}
        onCancel={() => setAsking(false)}
      >
        {a.confirmBody.map((text) => (
          <Paragraph key={text}>{text}</Paragraph>
        ))}
      </ConfirmDialog>
    </section>
  );
}
