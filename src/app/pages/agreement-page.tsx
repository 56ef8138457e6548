import { Paragraph } from '@utrecht/component-library-react';
import { allows, LIFECYCLE_LABELS } from '#src/domain/agreement/lifecycle.machine';
import { agreementNl } from '#src/i18n/nl/agreement';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { useAgreement } from '#src/sync/use-step-state';
import { ActionStatus } from '#src/ui/action-status';
import { PageHeading } from '#src/ui/page-heading';
import { saveBlob } from '#src/ui/save-blob';
import { FreezeSection } from './agreement/freeze-section';
import { pdfFileName } from './agreement/pdf-file-name';
import { SignedSection } from './agreement/signed-section';
import { SigningSection } from './agreement/signing-section';
import { VersionList } from './agreement/version-list';
import './agreement/agreement.css';

/**
 * "Overeenkomst": the agreement's state, and what can be done in it. Which sections show is the
 * lifecycle machine's answer (`allows`), so the page offers exactly what the server would accept.
 */
export default function AgreementPage() {
  const { dossier, sync } = useDossier();
  const { lifecycle, versions } = useAgreement(sync);
  const { busy, message, run } = useAction();
  const current = versions.at(-1);
  const lastSigned = versions.findLast((v) => v.status === 'getekend');

  return (
    <>
      <PageHeading focusKey="overeenkomst">{agreementNl.title}</PageHeading>
      <Paragraph>{agreementNl.intro}</Paragraph>
      <Paragraph>
        <strong>{agreementNl.state}:</strong> {LIFECYCLE_LABELS[lifecycle]}
      </Paragraph>
      <ActionStatus busy={busy} busyText={agreementNl.downloading} message={message} />

      {allows(lifecycle, { type: 'FREEZE', ready: true }) && (
        <FreezeSection
          lifecycle={lifecycle}
          nextVersion={(current?.number ?? 0) + 1}
          busy={busy}
          run={run}
          draftPdf={() => run(async () => saveBlob(await sync.draftPdf(), pdfFileName(dossier.title, 'concept')))}
        />
      )}

      {current?.status === 'ter-ondertekening' && <SigningSection version={current} busy={busy} run={run} />}

      {allows(lifecycle, { type: 'AMEND' }) && lastSigned && (
        <SignedSection lifecycle={lifecycle} version={lastSigned} busy={busy} run={run} />
      )}

      <VersionList versions={versions} />
    </>
  );
}
