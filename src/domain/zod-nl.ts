import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';

// Zod's generic messages (types, lengths) in Dutch; our own atoms override the common ones.
z.config(nl());
// No compiled parsers: zod's `new Function` probe would break the page's Content-Security-Policy
// (no 'unsafe-eval'), and the browser reports that as a violation even though zod catches it.
z.config({ jitless: true });

export { z };
