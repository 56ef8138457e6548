import { Alert, Paragraph } from '@utrecht/component-library-react';
import { dossierNl } from '#src/i18n/nl/dossier';
import { formatNl } from '#src/i18n/nl/format';

/** On every page of an example dossier: it is practice, and it goes away. */
export function ExampleBanner({ expiresAt }: { expiresAt: string }) {
  return (
    <Alert type="warning" className="sw-example-banner">
      <Paragraph>
        <strong>{dossierNl.example.banner}</strong> {dossierNl.example.until(formatNl.time(expiresAt))}
      </Paragraph>
    </Alert>
  );
}
