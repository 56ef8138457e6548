import { randomUUID } from 'node:crypto';
import { toIso, type Queryable } from './db';
import type { LifecycleState } from '#src/domain/agreement/lifecycle.machine';
import type { Signature, Version } from '#src/domain/agreement/api';

/** SQL for the agreement: lifecycle state, frozen versions, signatures, sealed PDFs. */

export async function lockLifecycle(tx: Queryable, dossierId: string, mode: 'UPDATE' | 'SHARE'): Promise<LifecycleState> {
  const rows = await tx.query<{ lifecycle: LifecycleState }>(`SELECT lifecycle FROM dossiers WHERE id = $1 FOR ${mode}`, [
    dossierId,
  ]);
  return rows[0]!.lifecycle;
}

export async function setLifecycle(tx: Queryable, dossierId: string, state: LifecycleState) {
  await tx.query('UPDATE dossiers SET lifecycle = $2 WHERE id = $1', [dossierId, state]);
}

interface RawVersion {
  number: number;
  hash: string;
  frozen_at: Date | string;
  frozen_by: string;
  override_reason: string | null;
  replaces: number | null;
  status: Version['status'];
  withdrawn_at: Date | string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
}

interface RawSignature {
  id: string;
  version: number;
  organisation: string;
  organisation_name: string;
  name: string;
  function: string;
  mandate: string | null;
  method: 'typed' | 'drawn';
  image: string | null;
  version_hash: string;
  signed_at: Date | string;
  voided_at: Date | string | null;
  voided_by: string | null;
  void_reason: string | null;
}

const toSignature = (r: RawSignature): Signature => ({
  id: r.id,
  organisation: r.organisation,
  organisationName: r.organisation_name,
  name: r.name,
  function: r.function,
  mandate: r.mandate,
  method: r.method,
  image: r.image,
  versionHash: r.version_hash,
  signedAt: toIso(r.signed_at),
  voidedAt: r.voided_at === null ? null : toIso(r.voided_at),
  voidedBy: r.voided_by ?? null,
  voidReason: r.void_reason ?? null,
});

export async function listVersions(q: Queryable, dossierId: string): Promise<Version[]> {
  const versions = await q.query<RawVersion>(
    'SELECT number, hash, frozen_at, frozen_by, override_reason, replaces, status, withdrawn_at, withdrawn_by, withdraw_reason FROM versions WHERE dossier_id = $1 ORDER BY number',
    [dossierId],
  );
  const signatures = await q.query<RawSignature>(
    `SELECT id, version, organisation, organisation_name, name, function, mandate, method, image, version_hash, signed_at, voided_at,
            voided_by, void_reason
     FROM signatures WHERE dossier_id = $1 ORDER BY signed_at, id`,
    [dossierId],
  );
  return versions.map((v) => ({
    number: v.number,
    hash: v.hash,
    frozenAt: toIso(v.frozen_at),
    frozenBy: v.frozen_by,
    overrideReason: v.override_reason,
    replaces: v.replaces,
    status: v.status,
    withdrawnAt: v.withdrawn_at === null ? null : toIso(v.withdrawn_at),
    withdrawnBy: v.withdrawn_by ?? null,
    withdrawReason: v.withdraw_reason ?? null,
    signatures: signatures.filter((s) => s.version === v.number).map(toSignature),
  }));
}

export async function versionText(
  q: Queryable,
  dossierId: string,
  number: number,
): Promise<{ canonical: string; hash: string } | null> {
  const rows = await q.query<{ canonical: string; hash: string }>(
    'SELECT canonical, hash FROM versions WHERE dossier_id = $1 AND number = $2',
    [dossierId, number],
  );
  return rows[0] ?? null;
}

export async function insertVersion(
  tx: Queryable,
  v: {
    dossierId: string;
    number: number;
    canonical: string;
    hash: string;
    frozenBy: string;
    replaces: number | null;
    overrideReason?: string | null;
  },
) {
  await tx.query(
    'INSERT INTO versions (dossier_id, number, canonical, hash, frozen_by, replaces, override_reason) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [v.dossierId, v.number, v.canonical, v.hash, v.frozenBy, v.replaces, v.overrideReason ?? null],
  );
}

export async function setVersionStatus(tx: Queryable, dossierId: string, number: number, status: Version['status']) {
  await tx.query(
    `UPDATE versions SET status = $3, withdrawn_at = CASE WHEN $3 = 'ingetrokken' THEN now() ELSE withdrawn_at END
     WHERE dossier_id = $1 AND number = $2`,
    [dossierId, number, status],
  );
}

/** Withdraws a version: its status, who and why, and every signature on it voided with the same who and why. */
export async function withdrawVersion(tx: Queryable, dossierId: string, version: number, by: string, reason: string) {
  await setVersionStatus(tx, dossierId, version, 'ingetrokken');
  await tx.query('UPDATE versions SET withdrawn_by = $3, withdraw_reason = $4 WHERE dossier_id = $1 AND number = $2', [
    dossierId,
    version,
    by,
    reason,
  ]);
  await tx.query(
    'UPDATE signatures SET voided_at = now(), voided_by = $3, void_reason = $4 WHERE dossier_id = $1 AND version = $2 AND voided_at IS NULL',
    [dossierId, version, by, reason],
  );
}

export async function insertSignature(
  tx: Queryable,
  s: Omit<Signature, 'id' | 'signedAt' | 'voidedAt' | 'voidedBy' | 'voidReason'> & {
    dossierId: string;
    version: number;
    signedBy: string;
  },
): Promise<Signature> {
  const rows = await tx.query<RawSignature>(
    `INSERT INTO signatures (id, dossier_id, version, organisation, organisation_name, name, function, mandate, method, image, version_hash, signed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     RETURNING id, version, organisation, organisation_name, name, function, mandate, method, image, version_hash, signed_at, voided_at,
               voided_by, void_reason`,
    [
      randomUUID(),
      s.dossierId,
      s.version,
      s.organisation,
      s.organisationName,
      s.name,
      s.function,
      s.mandate,
      s.method,
      s.image,
      s.versionHash,
      s.signedBy,
    ],
  );
  return toSignature(rows[0]!);
}

export async function sealedPdf(q: Queryable, dossierId: string, number: number): Promise<Uint8Array | null> {
  // As base64 text: PGlite hands a bytea over as hex and decodes it slowly (15 ms for 200 KB, against 1 ms).
  const rows = await q.query<{ sealed_pdf: string | null }>(
    `SELECT encode(sealed_pdf, 'base64') AS sealed_pdf FROM versions WHERE dossier_id = $1 AND number = $2`,
    [dossierId, number],
  );
  const b64 = rows[0]?.sealed_pdf;
  return b64 ? new Uint8Array(Buffer.from(b64, 'base64')) : null;
}

/** Stores the sealed PDF once; a second, concurrent sealing keeps the first (and returns it). */
export async function storeSealedPdf(q: Queryable, dossierId: string, number: number, pdf: Uint8Array, sha256: string) {
  await q.query(
    'UPDATE versions SET sealed_pdf = $3, sealed_sha256 = $4 WHERE dossier_id = $1 AND number = $2 AND sealed_pdf IS NULL',
    [dossierId, number, pdf, sha256],
  );
  return (await sealedPdf(q, dossierId, number))!;
}

export async function findSealedVersion(q: Queryable, sha256: string) {
  const rows = await q.query<{ dossier_id: string; number: number; hash: string }>(
    'SELECT dossier_id, number, hash FROM versions WHERE sealed_sha256 = $1',
    [sha256],
  );
  return rows[0] ?? null;
}
