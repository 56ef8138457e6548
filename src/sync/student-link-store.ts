/**
 * A round's student link is shown only once by the server (only its hash is stored there). Like the
 * dossier links in token-store.ts, it is kept in the browser that made it, so the round page can show
 * it, its QR code and its print view again later.
 */
export interface KnownStudentLink {
  dossierId: string;
  roundId: string;
  /** The full address students open: `<origin>/peiling#<token>`. */
  link: string;
  createdAt: string;
}

const KEY = 'samenwerkwijzer:student-links';
const MAX = 100;

function readAll(): KnownStudentLink[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as KnownStudentLink[]) : [];
    return Array.isArray(list)
      ? list.filter((l) => l && typeof l.dossierId === 'string' && typeof l.roundId === 'string' && typeof l.link === 'string')
      : [];
  } catch {
    return [];
  }
}

/** The student link of a round made in this browser, if any (the newest replaces older ones). */
export const studentLinkFor = (dossierId: string, roundId: string) =>
  readAll().find((l) => l.dossierId === dossierId && l.roundId === roundId);

export function rememberStudentLink(dossierId: string, roundId: string, link: string) {
  const rest = readAll().filter((l) => !(l.dossierId === dossierId && l.roundId === roundId));
  try {
    localStorage.setItem(
      KEY,
      JSON.stringify([{ dossierId, roundId, link, createdAt: new Date().toISOString() }, ...rest].slice(0, MAX)),
    );
  } catch {
    // Storage blocked: the link is still on screen now.
  }
}

/** The student's page for a token, as an absolute address to share or encode in a QR code. */
export const absoluteStudentLink = (path: string) => `${window.location.origin}${path}`;
