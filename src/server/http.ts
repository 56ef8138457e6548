import type { Context } from 'hono';
import type { z } from 'zod';

/** User-facing error texts of the API, in one place. */
export const MESSAGES = {
  invalid: 'De gegevens kloppen niet.',
  malformedJson: 'De gegevens zijn geen geldige JSON.',
  badCharacters: 'De gegevens bevatten tekens die niet opgeslagen kunnen worden.',
  unsupportedType: 'Stuur de gegevens als JSON (Content-Type: application/json).',
  tooLarge: 'De gegevens zijn te groot (hoogstens 1 MB).',
  notFound: 'Deze pagina of gegevens bestaan niet.',
  badPath: 'Dit adres bevat tekens die niet kunnen. Controleer de link.',
  dossierNotFound: 'Dit dossier bestaat niet of de link klopt niet.',
  dossierErased: (reason: string, at: string) => `Dit dossier bestaat niet meer: ${reason} (${at}).`,
  unauthorized: 'Open het dossier via de link die u hebt gekregen.',
  readOnly:
    'Met deze link kunt u het dossier alleen lezen. Vraag de eigenaar van het dossier om een link waarmee u kunt bewerken.',
  ownerOnly: 'Alleen de eigenaar van het dossier (wie het heeft aangemaakt) kan dit doen.',
  tooManyFailures: (seconds: number) =>
    `Te veel pogingen met een link die niet klopt vanaf uw adres. Probeer het over ${seconds} seconden opnieuw.`,
  unknownStep: 'Deze stap bestaat niet.',
  conflict: 'Iemand anders heeft dezelfde velden intussen ook gewijzigd. Bekijk de nieuwste versie en kies wat u wilt bewaren.',
  futureRevision: 'Deze versie van de stap is hier niet bekend. Laad de stap opnieuw.',
  locked:
    'De overeenkomst ligt ter ondertekening of is getekend: de tekst kan nu niet worden gewijzigd. Trek de versie in of start een wijziging.',
  serverError: 'Er ging iets mis op de server. Probeer het later opnieuw.',
} as const;

export const MAX_BODY_BYTES = 1024 * 1024;
/** Reads its (larger) upload itself, like /api/verify. */
export const IMPORT_PATH = '/api/import';

/** Control characters (NUL, newlines, escape…), lone surrogates: never part of a real address. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const BAD_PATH_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]|\p{Surrogate}/u;

/**
 * Whether the request's path, percent-decoded, is one we can handle at all. A NUL byte in an id
 * reached PostgreSQL (500), a %0A reached the log; both are refused here with 400, on every route.
 */
export function isCleanPath(url: string): boolean {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const end = url.search(/[?#]/);
  const raw = url.slice(start, end < 0 ? undefined : end);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return false; // malformed percent-encoding or invalid UTF-8
  }
  return !BAD_PATH_CHARACTERS.test(decoded);
}

export interface Issue {
  path: (string | number)[];
  message: string;
}

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}

export const invalidResponse = (c: Context, issues: Issue[]) => c.json({ error: MESSAGES.invalid, issues }, 400);

const JSON_TYPE = /^application\/(?:[a-z0-9.+-]+\+)?json$/;

/** A lone surrogate (with the u flag a well-formed pair is one code point, not a surrogate). */
const LONE_SURROGATE = /\p{Surrogate}/u;
/** NUL and lone surrogates: valid JSON, but PostgreSQL's jsonb refuses them. */
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

function hasUnstorableString(root: unknown): boolean {
  // Iterative, so a deeply nested body cannot overflow the stack.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (unstorable(v)) return true;
    } else if (Array.isArray(v)) {
      for (const child of v) stack.push(child);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (unstorable(k)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * The one way request bodies are read: JSON content type (415), well-formed JSON (400), storable
 * text (400), then the zod schema (400 with field-level issues). The size limit (413) is enforced
 * earlier by the body-limit middleware; read errors propagate so it can answer.
 */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<Parsed<z.output<S>>> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  // Refused before the body is read: the client must not send its next request on this connection.
  if (!JSON_TYPE.test(type))
    return { ok: false, response: c.json({ error: MESSAGES.unsupportedType }, 415, { Connection: 'close' }) };
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: c.json({ error: MESSAGES.malformedJson }, 400) };
  }
  if (hasUnstorableString(value)) return { ok: false, response: c.json({ error: MESSAGES.badCharacters }, 400) };
  const result = schema.safeParse(value);
  if (!result.success) return { ok: false, response: invalidResponse(c, toIssues(result.error)) };
  return { ok: true, data: result.data };
}

/** Like `readJson`, for routes whose body may be left out entirely: no body reads as `{}`. */
export async function readOptionalJson<S extends z.ZodType>(c: Context, schema: S): Promise<Parsed<z.output<S>>> {
  const text = await c.req.text();
  if (text.trim() === '') {
    const result = schema.safeParse({});
    return result.success ? { ok: true, data: result.data } : { ok: false, response: invalidResponse(c, toIssues(result.error)) };
  }
  return readJson(c, schema);
}
