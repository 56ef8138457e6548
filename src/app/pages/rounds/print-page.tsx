import { Link as RouterLink, useParams } from 'react-router';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { QrCode } from '#src/ui/qr-code';
import { PageHeading } from '#src/ui/page-heading';
import { useDossier } from '#src/app/dossier-context';
import { roundsNl } from '#src/i18n/nl/rounds';
import { roundPath } from './paths';
import './rounds.css';

const t = roundsNl.print;

/**
 * The students' link for class: on A4 (or the digital board) only a large QR code, the address to
 * type over, and one line in words students read. The page around it does not print.
 */
export default function PrintPage() {
  const { roundId = '' } = useParams();
  const { dossier, sync } = useDossier();
  const link = sync.rounds.studentLink(roundId);
  return (
    <div className="sw-rounds">
      <div className="sw-no-print">
        <Paragraph className="sw-breadcrumb">
          <RouterLink to={roundPath(dossier.id, roundId)} className="utrecht-link">
            {t.back}
          </RouterLink>
        </Paragraph>
        <PageHeading focusKey="afdrukken">{t.title}</PageHeading>
        {link ? (
          <>
            <Paragraph>{t.intro}</Paragraph>
            <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
              {t.button}
            </Button>
          </>
        ) : (
          <Alert type="info">
            <Paragraph>{t.noLink}</Paragraph>
          </Alert>
        )}
      </div>
      {link && (
        <section className="sw-print-sheet" aria-labelledby="blad-titel">
          <Heading2 id="blad-titel">{t.sheetTitle}</Heading2>
          <Paragraph>{t.sheetScan}</Paragraph>
          <QrCode text={link} alt={roundsNl.studentsSection.qrAlt} />
          <Paragraph>{t.sheetOr}</Paragraph>
          <Paragraph className="sw-print-url">{link}</Paragraph>
          <Paragraph>{t.sheetAnonymous}</Paragraph>
        </section>
      )}
    </div>
  );
}
