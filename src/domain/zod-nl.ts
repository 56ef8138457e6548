import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';

// Zod's generic messages (types, lengths) in Dutch; our own atoms override the common ones.
z.config(nl());

export { z };
