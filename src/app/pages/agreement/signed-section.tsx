import { useState } from 'react';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import type { Version } from '#src/domain/agreement/api';
import { allows, type LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import { agreementNl } from '#src/i18n/nl/agreement';
import { useDossier } from '#src/app/dossier-context';
import type { useAction } from '#src/app/use-action';
import { saveBlob } from '#src/ui/save-blob';
import { pdfFileName } from './pdf-file-name';
import { commonNl } from '#src/i18n/nl/common';
import { ConfirmDialog } from '#src/ui/confirm-dialog';

/** A signed agreement in force: its sealed PDF, taking it into use, and starting an amendment. */
export function SignedSection({
  lifecycle,
  version,
  busy,
  run,
}: {
  lifecycle: LifecycleState;
  version: Version;
  busy: boolean;
  run: ReturnType<typeof useAction>['run'];
}) {
  const { dossier, sync } = useDossier();
  const editor = can.edit(sync.me);
  const [asking, setAsking] = useState<'ACTIVATE' | 'AMEND' | null>(null);
  return (
    <section aria-labelledby="getekend">
      <Heading2 id="getekend">{agreementNl.versionStatus.getekend}</Heading2>
      <Paragraph>{agreementNl.allSigned}</Paragraph>
      <ButtonGroup>
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={busy}
          onClick={() =>
            run(async () =>
              saveBlob(await sync.versionPdf(version.number), pdfFileName(dossier.title, `versie-${version.number}`)),
            )
          }
        >
          {agreementNl.sealedPdf(version.number)}
        </Button>
        {editor && allows(lifecycle, { type: 'ACTIVATE' }) && (
          <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => setAsking('ACTIVATE')}>
            {agreementNl.activate}
          </Button>
        )}
        {editor && allows(lifecycle, { type: 'AMEND' }) && (
          <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => setAsking('AMEND')}>
            {agreementNl.amend}
          </Button>
        )}
      </ButtonGroup>
      <ConfirmDialog
        open={asking !== null}
        title={asking === 'AMEND' ? agreementNl.amendTitle(version.number + 1) : agreementNl.activateTitle}
        confirmLabel={asking === 'AMEND' ? agreementNl.amendYes : agreementNl.activateYes}
        cancelLabel={commonNl.cancel}
        busy={busy}
        busyText={asking === 'AMEND' ? agreementNl.amending : agreementNl.activating}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const event = asking!;
          void run(async () => {
            try {
              await sync.lifecycle(event);
            } finally {
              setAsking(null);
            }
            return event === 'AMEND' ? agreementNl.amendStarted : agreementNl.activateHint;
          });
        }}
      >
        {asking === 'AMEND' ? agreementNl.amendConfirm(version.number, version.number + 1) : agreementNl.activateConfirm}
      </ConfirmDialog>
    </section>
  );
}
