import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';
import { validationNl } from '#src/i18n/nl/validation';

// Zod's generic messages (types, lengths) in Dutch; our own atoms override the common ones.
z.config(nl());
// Where a schema has no message of its own, a value that is missing or of the wrong kind still gets a
// sentence a person can act on, never zod's "Ongeldige invoer: verwacht array, ontving undefined".
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined || issue.input === null)
      return issue.expected === 'array' ? validationNl.atLeast(1) : validationNl.required;
    return validationNl.wrongKind;
  },
});
// No compiled parsers: zod's `new Function` probe would break the page's Content-Security-Policy
// (no 'unsafe-eval'), and the browser reports that as a violation even though zod catches it.
z.config({ jitless: true });

export { z };
