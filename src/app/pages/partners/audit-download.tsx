import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { fileSlug } from '#src/domain/file-name';
import { accessNl } from '#src/i18n/nl/access';
import { ActionStatus } from '#src/ui/action-status';
import { saveBlob } from '#src/ui/save-blob';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';

/** The owner's download of the append-only audit log. */
export function AuditDownload() {
  const { dossier, sync } = useDossier();
  const { busy, message, run } = useAction();
  return (
    <section aria-labelledby="logboek">
      <Heading2 id="logboek">{accessNl.audit.title}</Heading2>
      <Paragraph>{accessNl.audit.intro}</Paragraph>
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={busy}
        onClick={() =>
          run(async () => {
            saveBlob(await sync.auditCsv(), `logboek-${fileSlug(dossier.title, 'dossier')}.csv`);
            return accessNl.audit.done;
          })
        }
      >
        {accessNl.audit.download}
      </Button>
      <ActionStatus busy={busy} busyText={accessNl.audit.downloading} message={message} />
    </section>
  );
}
