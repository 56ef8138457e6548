import { randomBytes } from 'node:crypto';

/** Round ids are not secret (they appear in paths and the audit log); 96 bits keep them unguessable anyway. */
export const newRoundId = () => randomBytes(12).toString('base64url');

/** A round id as it may appear in a path: what newRoundId makes, nothing else reaches the database. */
export const isRoundId = (v: string) => /^[A-Za-z0-9_-]{16}$/.test(v);
