import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { can } from '#src/domain/access';
import type { Round } from '#src/domain/evaluation/api';
import { ActionStatus } from '#src/ui/action-status';
import { ConfirmDialog } from '#src/ui/confirm-dialog';
import { CopyLink } from '#src/ui/copy-link';
import { QrCode } from '#src/ui/qr-code';
import { useDossier } from '#src/app/dossier-context';
import { useAction } from '#src/app/use-action';
import { roundsNl } from '#src/i18n/nl/rounds';
import { printPath } from './paths';
import { useWorkAllowed } from './use-rounds-data';

const t = roundsNl.studentsSection;

/**
 * Students in an evaluation round: an editing link makes the anonymous survey's link (the server
 * shows it once; this browser keeps it), shows it with a QR code, and offers a print view for class.
 */
export function StudentsSection({ round }: { round: Round }) {
  const { dossier, sync } = useDossier();
  const allowed = useWorkAllowed(sync, 'evaluation');
  const { busy, message, run } = useAction();
  const [asking, setAsking] = useState(false);
  // Read on every render: a link made here a moment ago is in the browser's storage.
  const link = sync.rounds.studentLink(round.id);
  const enabled = round.students.enabled;
  const mayMake = can.edit(sync.me) && allowed && round.state !== 'gesloten';

  const make = () =>
    run(async () => {
      try {
        await sync.rounds.newStudentLink(round.id);
      } finally {
        setAsking(false);
      }
      return t.made;
    });

  return (
    <section aria-labelledby="leerlingen" className="sw-students">
      <Heading2 id="leerlingen">{t.title}</Heading2>
      <Paragraph>{t.intro}</Paragraph>
      {enabled && <Paragraph>{roundsNl.progress.students(round.students.responses)}.</Paragraph>}
      {round.state === 'gesloten' && enabled && <Paragraph>{t.closed}</Paragraph>}
      {round.state === 'gepland' && <Paragraph>{t.notOpen}</Paragraph>}
      <ActionStatus busy={busy} busyText={roundsNl.list.busy} message={message} />
      {round.state !== 'gesloten' && enabled && link && (
        <div className="sw-student-link">
          <CopyLink link={link} label={t.linkLabel} />
          <QrCode text={link} alt={t.qrAlt} />
          <Paragraph>
            <RouterLink to={printPath(dossier.id, round.id)} className="utrecht-link">
              {t.print}
            </RouterLink>
          </Paragraph>
        </div>
      )}
      {round.state !== 'gesloten' && enabled && !link && (
        <Alert type="info">
          <Paragraph>{t.otherBrowser}</Paragraph>
        </Alert>
      )}
      {round.state !== 'gesloten' && !enabled && <Paragraph>{t.none}</Paragraph>}
      {mayMake && (
        <ButtonGroup>
          <Button
            type="button"
            appearance={enabled ? 'secondary-action-button' : 'primary-action-button'}
            disabled={busy}
            onClick={() => (enabled ? setAsking(true) : void make())}
          >
            {enabled ? t.remake : t.make}
          </Button>
        </ButtonGroup>
      )}
      <ConfirmDialog
        open={asking}
        title={roundsNl.confirm.newStudentLinkTitle}
        confirmLabel={roundsNl.confirm.newStudentLinkConfirm}
        cancelLabel={roundsNl.confirm.cancel}
        busy={busy}
        busyText={roundsNl.list.busy}
        onConfirm={make}
        onCancel={() => setAsking(false)}
      >
        {roundsNl.confirm.newStudentLinkBody}
      </ConfirmDialog>
    </section>
  );
}
