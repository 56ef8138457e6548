/** What went wrong, in the terms a person can act on. */
export type ErrorKind = 'offline' | 'stale-build' | 'not-found' | 'unknown';

// How browsers word a script chunk that could not be fetched (Chromium, Safari, Firefox) and Vite's
// preload of a chunk's CSS. After a deploy the old chunk names are gone: the same failure, online.
const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Failed to load module script/i;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : typeof error === 'string' ? error : '');

export const isChunkLoadFailure = (error: unknown): boolean => CHUNK_FAILURE.test(messageOf(error));

/**
 * Offline first: whatever failed, with no connection the one useful thing is to wait and try again.
 * A 404 answer from the router is a page that does not exist; a chunk that fails online is a newer build.
 */
export function classifyError(error: unknown, online: boolean): ErrorKind {
  if (typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404) return 'not-found';
  if (!online) return 'offline';
  if (isChunkLoadFailure(error)) return 'stale-build';
  return 'unknown';
}
