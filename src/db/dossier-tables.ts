import { toIso, type Db, type Queryable } from './db';

/**
 * Every table that holds a dossier's data, found generically: `dossiers` itself, each table with a
 * `dossier_id` column, and each table that belongs to one of those through a foreign key (a round's
 * answers, its students' answers), in foreign-key order (parents first). Tables added later take part
 * in export, import and erasure without changes here.
 */
export interface DossierTable {
  name: string;
  /** `id` for the dossiers table, `dossier_id` elsewhere; a child table has none of its own. */
  key: 'id' | 'dossier_id' | null;
  /** For a child table: its column that points at `parent.key` of a dossier table (rounds.id). */
  via?: { column: string; parent: string; parentColumn: string };
  /** Columns filled by a sequence (audit_log.id): left out on import so the target numbers them. */
  generated: string[];
}

export async function dossierTables(q: Queryable): Promise<DossierTable[]> {
  const columns = await q.query<{ table_name: string; column_name: string; column_default: string | null }>(
    `SELECT c.table_name, c.column_name, c.column_default
     FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
  );
  const names = new Set(columns.filter((c) => c.column_name === 'dossier_id').map((c) => c.table_name));
  names.add('dossiers');
  names.delete('dossier_tombstones');
  // Every foreign key (for the order), with its columns when it has one (to find child tables).
  const edges = await q.query<{ child: string; parent: string; child_column: string; parent_column: string; columns: number }>(
    `SELECT cl.relname AS child, pl.relname AS parent, ca.attname AS child_column, pa.attname AS parent_column,
            array_length(c.conkey, 1) AS columns
     FROM pg_constraint c
     JOIN pg_class cl ON cl.oid = c.conrelid
     JOIN pg_class pl ON pl.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = cl.relnamespace
     JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = c.conkey[1]
     JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  // Tables without a dossier_id that hang off a dossier table (round_responses -> rounds).
  const via = new Map<string, DossierTable['via']>();
  for (const e of edges) {
    if (e.columns === 1 && !names.has(e.child) && names.has(e.parent) && e.parent !== 'dossiers' && !via.has(e.child))
      via.set(e.child, { column: e.child_column, parent: e.parent, parentColumn: e.parent_column });
  }
  for (const child of via.keys()) names.add(child);
  // Parents before children; ties by name, so the order is the same on every server.
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const e of edges) if (e.child === name && e.parent !== name && names.has(e.parent)) visit(e.parent);
    visiting.delete(name);
    ordered.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return ordered.map((name) => ({
    name,
    key: name === 'dossiers' ? 'id' : via.has(name) ? null : 'dossier_id',
    ...(via.has(name) ? { via: via.get(name) } : {}),
    generated: columns.filter((c) => c.table_name === name && c.column_default?.startsWith('nextval(')).map((c) => c.column_name),
  }));
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** SQL that picks a table's rows of the dossier given as $1. */
function ofDossier(table: DossierTable): string {
  if (table.via) {
    const { column, parent, parentColumn } = table.via;
    return `${ident(column)} IN (SELECT ${ident(parentColumn)} FROM ${ident(parent)} WHERE dossier_id = $1)`;
  }
  return `${ident(table.key!)} = $1`;
}

/** One table's rows of a dossier, as JSON-safe values: dates as ISO strings, bytes as { $base64 }. */
export async function dossierRows(q: Queryable, table: DossierTable, dossierId: string): Promise<Record<string, unknown>[]> {
  const rows = await q.query<Record<string, unknown>>(
    `SELECT * FROM ${ident(table.name)} WHERE ${ofDossier(table)}${table.generated.length ? ` ORDER BY ${table.generated.map(ident).join(', ')}` : ''}`,
    [dossierId],
  );
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        v instanceof Date ? toIso(v) : v instanceof Uint8Array ? { $base64: Buffer.from(v).toString('base64') } : v,
      ]),
    ),
  );
}

/** Inserts exported rows (see `dossierRows`) into a table, column by column as they were exported. */
export async function insertRows(tx: Queryable, table: DossierTable, rows: Record<string, unknown>[]) {
  for (const row of rows) {
    const entries = Object.entries(row).filter(([k]) => !table.generated.includes(k));
    if (entries.length === 0) continue;
    const values = entries.map(([, v]) => {
      if (v && typeof v === 'object' && '$base64' in v) return Buffer.from(String((v as { $base64: string }).$base64), 'base64');
      // jsonb columns: sent as JSON text, which PostgreSQL casts to the column's type.
      return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
    });
    await tx.query(
      `INSERT INTO ${ident(table.name)} (${entries.map(([k]) => ident(k)).join(', ')}) VALUES (${entries.map((_, i) => `$${i + 1}`).join(', ')})`,
      values,
    );
  }
}

/** The columns each table has here, to refuse an import whose data does not fit this server. */
export async function tableColumns(q: Queryable): Promise<Map<string, Set<string>>> {
  const rows = await q.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!map.has(r.table_name)) map.set(r.table_name, new Set());
    map.get(r.table_name)!.add(r.column_name);
  }
  return map;
}

export const TOMBSTONE_OWNER = 'verwijderd door eigenaar';
export const TOMBSTONE_EXAMPLE = 'voorbeeld verlopen na 24 uur';

/**
 * Erases a dossier: every row of every dossier table (its audit log too), in one transaction, leaving
 * only a tombstone (id, time, reason). Returns false when there was nothing to erase. The space the
 * rows took is reclaimed afterwards (VACUUM), so their bytes do not linger in the data files.
 */
export async function eraseDossier(db: Db, dossierId: string, reason: string): Promise<boolean> {
  const tables = await dossierTables(db);
  const erased = await db.transaction(async (tx) => {
    const exists = await tx.query('SELECT 1 FROM dossiers WHERE id = $1 FOR UPDATE', [dossierId]);
    if (exists.length === 0) return false;
    // The audit log refuses deletes, except of the one dossier this transaction announces.
    await tx.query(`SELECT set_config('samenwerkwijzer.erase', $1, true)`, [dossierId]);
    for (const table of [...tables].reverse()) {
      await tx.query(`DELETE FROM ${ident(table.name)} WHERE ${ofDossier(table)}`, [dossierId]);
    }
    await tx.query('INSERT INTO dossier_tombstones (id, reason) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
      dossierId,
      reason,
    ]);
    return true;
  });
  if (erased) for (const table of tables) await db.query(`VACUUM ${ident(table.name)}`);
  return erased;
}

export async function tombstoneOf(q: Queryable, dossierId: string): Promise<{ deletedAt: string; reason: string } | null> {
  const rows = await q.query<{ deleted_at: Date | string; reason: string }>(
    'SELECT deleted_at, reason FROM dossier_tombstones WHERE id = $1',
    [dossierId],
  );
  return rows[0] ? { deletedAt: toIso(rows[0].deleted_at), reason: rows[0].reason } : null;
}
