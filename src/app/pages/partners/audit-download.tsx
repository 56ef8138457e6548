import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { fileSlug } from '#src/domain/file-name';
import { api } from '#src/sync/client';
import { Loading } from '#src/ui/loading';
import { saveBlob } from '#src/ui/save-blob';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/pages/agreement/use-action';

export const auditCopy = {
  title: 'Logboek',
  intro:
    'Alles wat in dit dossier is gedaan staat in een logboek dat niet kan worden gewijzigd: welke handeling, waarop, met welk resultaat, door wie en wanneer. U kunt het downloaden als CSV-bestand voor Excel of een ander rekenprogramma.',
  download: 'Logboek downloaden (CSV)',
  downloading: 'Logboek wordt opgehaald…',
  done: 'Het logboek is gedownload.',
};

/** The owner's download of the append-only audit log. */
export function AuditDownload() {
  const { dossier, token } = useDossier();
  const { busy, message, run } = useAction();
  return (
    <section aria-labelledby="logboek">
      <Heading2 id="logboek">{auditCopy.title}</Heading2>
      <Paragraph>{auditCopy.intro}</Paragraph>
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={busy}
        onClick={() =>
          run(async () => {
            saveBlob(await api.auditCsv(dossier.id, token), `logboek-${fileSlug(dossier.title, 'dossier')}.csv`);
            return auditCopy.done;
          })
        }
      >
        {auditCopy.download}
      </Button>
      <div role="status">
        {busy && <Loading text={auditCopy.downloading} />}
        {message && (
          <Alert type={message.kind === 'ok' ? 'ok' : 'error'}>
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
