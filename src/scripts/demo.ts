/** `npm run demo`: creates the example dossier on a running server and prints its link. */
import { createApi } from '#src/sync/api';
import { createExampleDossier } from '#src/sync/create-example';
import { EXAMPLE_DOSSIER } from '#steps/example-dossier';

const appUrl = (process.env.APP_URL ?? 'http://localhost:8080').replace(/\/$/, '');

try {
  const created = await createExampleDossier(createApi({ baseUrl: appUrl }), EXAMPLE_DOSSIER, (done, total) =>
    process.stderr.write(`\rStap ${done} van ${total} ingevuld`),
  );
  process.stderr.write('\n');
  console.log(`Voorbeelddossier "${created.title}" aangemaakt:`);
  console.log(`${appUrl}${created.link}`);
} catch (error) {
  process.stderr.write('\n');
  console.error(`Kon het voorbeelddossier niet aanmaken op ${appUrl}: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Draait de server? Start hem met `npm start`, of zet APP_URL.');
  process.exit(1);
}
