/** Which text an agreement rendition prints, in which state, and what happened to it. */
import type { Signature, Version } from '#src/domain/agreement/api';

export type DocumentStatus = 'concept' | Version['status'];

/** Which text is printed, in which state, and what happened to it. */
export interface AgreementMeta {
  dossierId: string;
  /** A draft (`concept`/`wijziging`): not frozen, nothing signed; the hash is of the text as it is now. */
  draft: boolean;
  /** The version number; for a draft, the number it gets when frozen. */
  number: number;
  hash: string;
  status: DocumentStatus;
  frozenAt: string | null;
  frozenBy: string | null;
  /** Why the owner froze this version without every partner's akkoord on every step (else null). */
  overrideReason: string | null;
  withdrawnAt: string | null;
  /** The signed version this one replaces (an amendment). */
  replaces: { number: number; hash: string } | null;
  /** Every signature given for this version, voided ones included. */
  signatures: Signature[];
  /** When this rendition was made (printed on drafts only). */
  generatedAt: string;
}

/** The meta data of a frozen version, from the version list of its dossier. */
export function versionMeta(
  dossierId: string,
  version: Version,
  versions: readonly Version[],
  generatedAt: string,
): AgreementMeta {
  const replaced = version.replaces === null ? undefined : versions.find((v) => v.number === version.replaces);
  return {
    dossierId,
    draft: false,
    number: version.number,
    hash: version.hash,
    status: version.status,
    frozenAt: version.frozenAt,
    frozenBy: version.frozenBy,
    overrideReason: version.overrideReason ?? null,
    withdrawnAt: version.withdrawnAt,
    replaces: replaced ? { number: replaced.number, hash: replaced.hash } : null,
    signatures: version.signatures,
    generatedAt,
  };
}

/** The meta data of the current draft: the next number, replacing the last signed version if any. */
export function draftMeta(dossierId: string, hash: string, versions: readonly Version[], generatedAt: string): AgreementMeta {
  const signed = [...versions].reverse().find((v) => v.status === 'getekend');
  return {
    dossierId,
    draft: true,
    number: (versions.at(-1)?.number ?? 0) + 1,
    hash,
    status: 'concept',
    frozenAt: null,
    frozenBy: null,
    overrideReason: null,
    withdrawnAt: null,
    replaces: signed ? { number: signed.number, hash: signed.hash } : null,
    signatures: [],
    generatedAt,
  };
}
