/**
 * `npm run demo`: asks a running server for the example partnership ("Voorbeeld bekijken") and prints
 * its link: signed by every partner, in use, with two evaluation rounds held (POST /api/examples).
 */
import { createApi } from '#src/sync/api';

const appUrl = (process.env.APP_URL ?? 'http://localhost:8080').replace(/\/$/, '');

try {
  const created = await createApi({ baseUrl: appUrl }).createExample();
  console.log(`Voorbeelddossier "${created.title}" aangemaakt (verloopt na 24 uur):`);
  console.log(`${appUrl}${created.link}`);
} catch (error) {
  console.error(`Kon het voorbeelddossier niet aanmaken op ${appUrl}: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Draait de server? Start hem met `npm start`, of zet APP_URL.');
  process.exit(1);
}
