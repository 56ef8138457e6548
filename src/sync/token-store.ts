/**
 * Dossier links carry their token in the URL fragment. We keep it in this browser so that moving
 * between pages (whose URLs have no fragment) keeps working, and so the start page can list the
 * dossiers opened here. One browser may hold several links to one dossier (the owner who also opens
 * a partner's invite, someone who signs for two organisations): the one opened last is in use, and
 * the overview offers the others.
 */
export interface KnownDossier {
  id: string;
  token: string;
  title: string;
  openedAt: string;
  /** Who this link is in the dossier ("Eigenaar, namens Gemeente Utrecht"), as last seen. */
  who?: string;
  /** An example dossier: when the server removes it. */
  expiresAt?: string;
}

const KEY = 'samenwerkwijzer:dossiers';

function readAll(): KnownDossier[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as KnownDossier[]) : [];
    return Array.isArray(list) ? list.filter((d) => d && typeof d.id === 'string' && typeof d.token === 'string') : [];
  } catch {
    return [];
  }
}

const newestFirst = (a: KnownDossier, b: KnownDossier) => b.openedAt.localeCompare(a.openedAt);

/** Every link kept in this browser, the last opened first. */
export const knownDossiers = () => readAll().sort(newestFirst);

/** The links to one dossier kept in this browser, the one in use (opened last) first. */
export const linksFor = (id: string) => knownDossiers().filter((d) => d.id === id);

// Tokens read from a link in this page's lifetime, before the dossier has loaded and been remembered.
const seen = new Map<string, string>();

export const noteToken = (id: string, token: string) => seen.set(id, token);

export const tokenFor = (id: string) => seen.get(id) ?? linksFor(id)[0]?.token;

/** Keeps (or refreshes) this link as the one in use for its dossier; other links to it stay. */
export function rememberDossier(entry: Omit<KnownDossier, 'openedAt'>) {
  const all = readAll();
  const same = (d: KnownDossier) => d.id === entry.id && d.token === entry.token;
  // What was known of this link before (an example's expiry) stays unless the entry says otherwise.
  const before = all.find(same);
  const rest = all.filter((d) => !same(d));
  localStorage.setItem(
    KEY,
    JSON.stringify([{ ...before, ...entry, openedAt: new Date().toISOString() }, ...rest.sort(newestFirst)].slice(0, 50)),
  );
}

/** Keep reusing an example only while it has this long left, so it does not vanish while someone looks. */
const EXAMPLE_MARGIN_MS = 60 * 60 * 1000;

/** The example dossier made earlier in this browser that is still there for a while, if any. */
export function currentExample(now: Date = new Date()): KnownDossier | undefined {
  return knownDossiers().find((d) => d.expiresAt && Date.parse(d.expiresAt) - now.getTime() > EXAMPLE_MARGIN_MS);
}

/** Forgets one link, or every link to the dossier when no token is given. */
export function forgetDossier(id: string, token?: string) {
  localStorage.setItem(
    KEY,
    JSON.stringify(readAll().filter((d) => !(d.id === id && (token === undefined || d.token === token)))),
  );
}

/** A token from `#<token>`, if the fragment looks like one (field anchors such as `#veld-…` do not). */
export function tokenFromHash(hash: string): string | undefined {
  const t = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{40,200}$/.test(t) && !t.startsWith('veld-') ? t : undefined;
}

/** Accepts a pasted full link or path (`…/d/<id>#<token>`) and returns its parts. */
export function parseDossierLink(input: string): { id: string; token: string } | undefined {
  const m = input.trim().match(/\/d\/([A-Za-z0-9_-]+)(?:\/[^#]*)?#([A-Za-z0-9_-]{40,200})\s*$/);
  return m ? { id: m[1], token: m[2] } : undefined;
}

export const absoluteLink = (id: string, token: string) => `${window.location.origin}/d/${id}#${token}`;
