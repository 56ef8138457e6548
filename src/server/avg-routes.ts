/**
 * The AVG (GDPR) side of a dossier: the owner exports it whole as one ZIP and can erase it; a ZIP is
 * imported on another server with new links; example dossiers are created here and expire.
 */
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Db } from '#src/db/db';
import { audit } from '#src/db/dossiers';
import {
  dossierRows,
  dossierTables,
  eraseDossier,
  insertRows,
  tableColumns,
  TOMBSTONE_OWNER,
  type DossierTable,
} from '#src/db/dossier-tables';
import { z } from '#src/domain/zod-nl';
import { actorOf, hashToken, newDossierId, newToken, requireOwner, type AuthVars } from './auth';
import { auditLogCsv } from './audit-csv';
import { formatNl } from '#src/i18n/nl/format';
import { IMPORT_PATH, MESSAGES, readJson, invalidResponse } from './http';
import type { LiveHub } from './live/hub';
import { readUpload } from './upload';
import { createExample } from './working/example';

/** The export's format; an import refuses any other. Raise it when the JSON's shape changes. */
export const EXPORT_SCHEMA_VERSION = 1;
export const EXPORT_FORMAT = 'samenwerkwijzer-dossier';
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;
/** What the files in an import may add up to once unpacked (a zip bomb is refused before it unpacks). */
const IMPORT_MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
export const EXAMPLE_LIFETIME_MS = 24 * 60 * 60 * 1000;

export const AVG_MESSAGES = {
  confirmTitle: 'Typ de titel van het dossier precies over om te bevestigen dat u het wilt verwijderen.',
  importTooLarge: 'Het exportbestand is te groot (hoogstens 100 MB).',
  importType: 'Stuur het exportbestand als ZIP (Content-Type: application/zip).',
  importNotZip: 'Dit is geen exportbestand van Samenwerkwijzer (geen leesbaar ZIP-bestand met dossier.json).',
  importVersion: (found: unknown) =>
    `Dit exportbestand heeft schemaversie ${String(found)}; deze server leest alleen versie ${EXPORT_SCHEMA_VERSION}. Gebruik een Samenwerkwijzer van dezelfde versie.`,
  importNewer:
    'Dit exportbestand komt van een nieuwere Samenwerkwijzer dan deze server: het bevat gegevens die hier nog niet bestaan. Werk deze server eerst bij.',
  importPdfChanged: (n: number) =>
    `De verzegelde PDF van versie ${n} in het exportbestand is gewijzigd of ontbreekt. Het dossier is niet ingelezen.`,
  importDuplicate: 'Dit dossier is op deze server al eens ingelezen.',
} as const;

export const deleteDossierBody = z
  .object({ confirmTitle: z.string({ error: AVG_MESSAGES.confirmTitle }).max(500, AVG_MESSAGES.confirmTitle) })
  .strict();

const exportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number(),
  migrations: z.array(z.number().int()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

const pdfName = (n: number) => `overeenkomst-versie-${n}.pdf`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const README = (title: string, at: string) =>
  [
    `Export van het dossier "${title}" uit Samenwerkwijzer, gemaakt op ${formatNl.stamp(at)}.`,
    '',
    '- dossier.json: alle gegevens van het dossier (stappen, hun geschiedenis, akkoorden, links zonder',
    '  geheime tokens, versies, handtekeningen, evaluaties), met "schemaVersion" voor het inlezen.',
    '- logboek.csv: het logboek (wie deed wat, wanneer), te openen in Excel.',
    '- overeenkomst-versie-N.pdf: elke getekende versie, verzegeld, precies zoals opgeslagen.',
    '',
    'Inlezen op een andere server: POST /api/import met dit bestand. Het dossier krijgt daar een nieuwe',
    'link; de oude uitnodigingslinks werken daar niet meer.',
    '',
  ].join('\r\n');

export interface AvgOptions {
  live: LiveHub;
  /** A version's PDF, sealed and stored once signed (pdf-routes.ts). */
  versionPdf(dossierId: string, number: number): Promise<{ bytes: Uint8Array } | null>;
  now: () => Date;
}

export function registerAvgRoutes(app: Hono<{ Variables: AuthVars }>, db: Db, opts: AvgOptions) {
  app.get('/api/dossiers/:id/export.zip', requireOwner, async (c) => {
    const dossierId = c.get('dossierId');
    await audit(db, {
      dossierId,
      action: 'dossier.export',
      object: `dossier:${dossierId}`,
      result: 'ok',
      actor: actorOf(c.get('identity')),
    });
    const files: Zippable = {};
    // Signed versions first: sealing one now stores it, and the rows below then carry its hash.
    const signed = await db.query<{ number: number }>(
      `SELECT number FROM versions WHERE dossier_id = $1 AND status = 'getekend' ORDER BY number`,
      [dossierId],
    );
    for (const { number } of signed) {
      const pdf = await opts.versionPdf(dossierId, number);
      if (pdf) files[pdfName(number)] = [pdf.bytes, { level: 0 }];
    }
    const tables: Record<string, Record<string, unknown>[]> = {};
    for (const table of await dossierTables(db))
      tables[table.name] = withoutSecrets(table, await dossierRows(db, table, dossierId));
    const migrations = (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map(
      (r) => r.version,
    );
    const title = String(tables.dossiers?.[0]?.title ?? dossierId);
    const exportedAt = opts.now().toISOString();
    const data = { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt, migrations, tables };
    files['dossier.json'] = strToU8(JSON.stringify(data, null, 2));
    files['logboek.csv'] = strToU8(await auditLogCsv(db, dossierId));
    files['LEESMIJ.txt'] = strToU8(README(title, exportedAt));
    const zip = zipSync(files, { level: 6, mtime: opts.now() });
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="dossier-${dossierId}.zip"`,
      'Content-Length': String(zip.length),
    });
  });

  app.delete('/api/dossiers/:id', requireOwner, async (c) => {
    const dossierId = c.get('dossierId');
    const body = await readJson(c, deleteDossierBody);
    if (!body.ok) return body.response;
    const rows = await db.query<{ title: string }>('SELECT title FROM dossiers WHERE id = $1', [dossierId]);
    if (!rows[0]) return c.json({ error: MESSAGES.dossierNotFound }, 404);
    if (body.data.confirmTitle !== rows[0].title)
      return invalidResponse(c, [{ path: ['confirmTitle'], message: AVG_MESSAGES.confirmTitle }]);
    await eraseDossier(db, dossierId, TOMBSTONE_OWNER);
    // Open live streams of every link end now, in every process; links are refused from the next request.
    await opts.live.erase(dossierId);
    await audit(db, {
      dossierId: null,
      action: 'dossier.erase',
      object: `dossier:${dossierId}`,
      result: 'ok',
      actor: 'eigenaar',
    });
    return c.json({ deleted: true, reason: TOMBSTONE_OWNER });
  });

  app.post(IMPORT_PATH, async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/zip' && type !== 'application/octet-stream' && type !== 'application/x-zip-compressed')
      return c.json({ error: AVG_MESSAGES.importType }, 415, { Connection: 'close' });
    const upload = await readUpload(c, IMPORT_MAX_BYTES, { error: AVG_MESSAGES.importTooLarge });
    if (!upload.ok) return upload.response;
    let files: Record<string, Uint8Array>;
    let unpacked = 0;
    try {
      files = unzipSync(upload.bytes, {
        filter: (f) => {
          unpacked += f.originalSize;
          if (unpacked > IMPORT_MAX_UNPACKED_BYTES) throw new Error('too large');
          return f.name === 'dossier.json' || /^overeenkomst-versie-[1-9][0-9]{0,5}\.pdf$/.test(f.name);
        },
      });
    } catch {
      return c.json({ error: AVG_MESSAGES.importNotZip }, 400);
    }
    let parsed: z.infer<typeof exportFile>;
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(files['dossier.json']));
      const format = exportFile.safeParse(json);
      if (!format.success) return c.json({ error: AVG_MESSAGES.importNotZip }, 400);
      parsed = format.data;
    } catch {
      return c.json({ error: AVG_MESSAGES.importNotZip }, 400);
    }
    if (parsed.schemaVersion !== EXPORT_SCHEMA_VERSION)
      return c.json({ error: AVG_MESSAGES.importVersion(parsed.schemaVersion) }, 400);
    const [dossier] = parsed.tables.dossiers ?? [];
    if (!dossier || parsed.tables.dossiers!.length !== 1) return c.json({ error: AVG_MESSAGES.importNotZip }, 400);

    // Everything must fit this server: the same or older migrations, known tables and columns.
    const applied = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const columns = await tableColumns(db);
    const tables = await dossierTables(db);
    const fits =
      parsed.migrations.every((v) => applied.has(v)) &&
      Object.entries(parsed.tables).every(
        ([name, rows]) =>
          tables.some((t) => t.name === name) && rows.every((r) => Object.keys(r).every((k) => columns.get(name)?.has(k))),
      );
    if (!fits) return c.json({ error: AVG_MESSAGES.importNewer }, 400);

    // Sealed PDFs come back byte for byte, or the import stops.
    const versions = parsed.tables.versions ?? [];
    for (const v of versions) {
      if (v.sealed_sha256 === null || v.sealed_sha256 === undefined) continue;
      const pdf = files[pdfName(Number(v.number))];
      if (!pdf || sha256(pdf) !== v.sealed_sha256) return c.json({ error: AVG_MESSAGES.importPdfChanged(Number(v.number)) }, 400);
    }

    const id = newDossierId();
    const token = newToken();
    const now = opts.now().toISOString();
    try {
      await db.transaction(async (tx) => {
        // Closed evaluation rounds come back with their answers, which no other write may add.
        await tx.query(`SELECT set_config('samenwerkwijzer.restore', 'on', true)`);
        for (const table of tables) {
          const rows = (parsed.tables[table.name] ?? []).map((row) => rekey(table, row, { id, token, now, files }));
          await insertRows(tx, table, rows);
        }
        await audit(tx, {
          dossierId: id,
          action: 'dossier.import',
          object: `dossier:${id}`,
          result: 'ok',
          actor: 'import',
          detail: `Ingelezen uit een export van dossier ${String(dossier.id)} (gemaakt ${String((parsed as { exportedAt?: string }).exportedAt ?? '')}).`,
        });
      });
    } catch (err) {
      if ((err as { code?: string }).code === '23505') return c.json({ error: AVG_MESSAGES.importDuplicate }, 409);
      throw err;
    }
    return c.json({ id, token, link: `/d/${id}#${token}` }, 201);
  });

  app.post('/api/examples', async (c) => {
    // A signed partnership in use, a year on: rounds held, progress recorded (working/example.ts).
    const expiresAt = new Date(opts.now().getTime() + EXAMPLE_LIFETIME_MS);
    const { id, token, title } = await createExample(app, db, { now: opts.now(), expiresAt });
    return c.json({ id, token, link: `/d/${id}#${token}`, title, expiresAt: expiresAt.toISOString() }, 201);
  });
}

/** Token hashes never leave the server: not even hashed in an export. */
function withoutSecrets(table: DossierTable, rows: Record<string, unknown>[]) {
  return rows.map((row) => {
    const out = { ...row };
    if ('token_hash' in out) out.token_hash = null;
    if (table.name === 'versions') out.sealed_pdf = null; // the PDF itself is a file of its own in the ZIP
    return out;
  });
}

/** An exported row as it is stored here: the new dossier id, the new owner token, invite links revoked. */
function rekey(
  table: DossierTable,
  row: Record<string, unknown>,
  ctx: { id: string; token: string; now: string; files: Record<string, Uint8Array> },
): Record<string, unknown> {
  const out = table.key ? { ...row, [table.key]: ctx.id } : { ...row };
  if (table.name === 'dossiers') {
    out.token_hash = hashToken(ctx.token);
    out.expires_at = null;
  }
  if (table.name === 'invites') {
    // The old links named the old server's dossier; here the owner makes new ones.
    out.token_hash = hashToken(newToken());
    out.revoked_at = out.revoked_at ?? ctx.now;
  }
  if (table.name === 'versions' && out.sealed_sha256) {
    out.sealed_pdf = { $base64: Buffer.from(ctx.files[pdfName(Number(out.number))]!).toString('base64') };
  }
  return out;
}
