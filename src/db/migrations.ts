import type { Db } from './db';

/**
 * Ordered migrations. Never edit one that has shipped: add a new one. Each is a list of single
 * statements because PGlite's parameterised query path runs one statement at a time.
 */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'dossiers, steps, revisions, audit log',
    statements: [
      `CREATE TABLE dossiers (
        id text PRIMARY KEY,
        title text NOT NULL,
        gemeente text NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE TABLE steps (
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        step_id text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        revision integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'leeg' CHECK (status IN ('leeg', 'bezig', 'afgerond')),
        updated_at timestamptz,
        PRIMARY KEY (dossier_id, step_id)
      )`,
      `CREATE TABLE step_revisions (
        dossier_id text NOT NULL,
        step_id text NOT NULL,
        revision integer NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dossier_id, step_id, revision),
        FOREIGN KEY (dossier_id, step_id) REFERENCES steps (dossier_id, step_id) ON DELETE CASCADE
      )`,
      // No foreign key: the audit trail outlives what it describes.
      `CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        dossier_id text,
        action text NOT NULL,
        object text NOT NULL,
        result text NOT NULL,
        actor text NOT NULL
      )`,
      `CREATE INDEX audit_log_dossier_at ON audit_log (dossier_id, at)`,
      `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'audit_log is append-only';
        END
      $$`,
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    ],
  },
  {
    version: 2,
    name: 'agreement lifecycle, versions, signatures',
    statements: [
      `ALTER TABLE dossiers ADD COLUMN lifecycle text NOT NULL DEFAULT 'concept'
        CHECK (lifecycle IN ('concept', 'ter-ondertekening', 'getekend', 'actief', 'wijziging'))`,
      `CREATE TABLE versions (
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        number integer NOT NULL,
        canonical text NOT NULL,
        hash text NOT NULL,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        frozen_by text NOT NULL,
        replaces integer,
        status text NOT NULL DEFAULT 'ter-ondertekening' CHECK (status IN ('ter-ondertekening', 'getekend', 'ingetrokken')),
        withdrawn_at timestamptz,
        sealed_pdf bytea,
        sealed_sha256 text,
        PRIMARY KEY (dossier_id, number)
      )`,
      `CREATE INDEX versions_sealed_sha256 ON versions (sealed_sha256)`,
      // A frozen text never changes; only its status and, once, its sealed PDF may be set.
      `CREATE FUNCTION versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.canonical <> OLD.canonical OR NEW.hash <> OLD.hash OR NEW.number <> OLD.number
             OR NEW.frozen_at <> OLD.frozen_at OR NEW.frozen_by <> OLD.frozen_by
             OR (OLD.sealed_pdf IS NOT NULL AND NEW.sealed_pdf IS DISTINCT FROM OLD.sealed_pdf) THEN
            RAISE EXCEPTION 'versions are immutable';
          END IF;
          RETURN NEW;
        END
      $$`,
      `CREATE TRIGGER versions_immutable BEFORE UPDATE ON versions FOR EACH ROW EXECUTE FUNCTION versions_immutable()`,
      `CREATE TABLE signatures (
        id text PRIMARY KEY,
        dossier_id text NOT NULL,
        version integer NOT NULL,
        organisation text NOT NULL,
        organisation_name text NOT NULL,
        name text NOT NULL,
        function text NOT NULL,
        mandate text,
        method text NOT NULL CHECK (method IN ('typed', 'drawn')),
        image text,
        version_hash text NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now(),
        signed_by text NOT NULL,
        voided_at timestamptz,
        FOREIGN KEY (dossier_id, version) REFERENCES versions (dossier_id, number) ON DELETE CASCADE
      )`,
      `CREATE UNIQUE INDEX signatures_one_per_organisation ON signatures (dossier_id, version, organisation) WHERE voided_at IS NULL`,
    ],
  },
  {
    version: 3,
    name: 'invite links, akkoord per step, freeze override',
    statements: [
      // The gemeente partner step 1 was seeded with: the partner the owner link acts for.
      `ALTER TABLE dossiers ADD COLUMN owner_partner_id text`,
      `CREATE TABLE invites (
        id text PRIMARY KEY,
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        partner_id text NOT NULL,
        role text NOT NULL CHECK (role IN ('bewerken', 'lezen')),
        tekenbevoegd boolean NOT NULL DEFAULT false,
        name text,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CHECK (NOT tekenbevoegd OR role = 'bewerken')
      )`,
      `CREATE INDEX invites_dossier ON invites (dossier_id, created_at)`,
      // One akkoord per partner and step; it counts only while its revision is the step's current one.
      `CREATE TABLE approvals (
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        step_id text NOT NULL,
        partner_id text NOT NULL,
        revision integer NOT NULL,
        name text,
        actor text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (dossier_id, step_id, partner_id)
      )`,
      `ALTER TABLE versions ADD COLUMN override_reason text`,
      // What an action needs beyond action/object/result, e.g. the reason of an override.
      `ALTER TABLE audit_log ADD COLUMN detail text`,
      `CREATE OR REPLACE FUNCTION versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.canonical <> OLD.canonical OR NEW.hash <> OLD.hash OR NEW.number <> OLD.number
             OR NEW.frozen_at <> OLD.frozen_at OR NEW.frozen_by <> OLD.frozen_by
             OR NEW.override_reason IS DISTINCT FROM OLD.override_reason
             OR (OLD.sealed_pdf IS NOT NULL AND NEW.sealed_pdf IS DISTINCT FROM OLD.sealed_pdf) THEN
            RAISE EXCEPTION 'versions are immutable';
          END IF;
          RETURN NEW;
        END
      $$`,
    ],
  },
  {
    version: 4,
    name: 'who saved each step revision',
    statements: [
      // Revisions saved before this migration keep null: their author was not recorded.
      `ALTER TABLE step_revisions ADD COLUMN actor_kind text CHECK (actor_kind IN ('owner', 'invite'))`,
      `ALTER TABLE step_revisions ADD COLUMN partner_id text`,
      `ALTER TABLE step_revisions ADD COLUMN partner_name text`,
      `ALTER TABLE step_revisions ADD COLUMN person text`,
      `ALTER TABLE step_revisions ADD COLUMN invite_id text`,
    ],
  },
  {
    version: 5,
    name: 'evaluation rounds, answers per person, anonymous student survey',
    statements: [
      // Which schedule (frequency|first date) the planned rounds were made from, and up to which day:
      // planning extends the window as time passes and never re-creates a round removed by hand.
      `ALTER TABLE dossiers ADD COLUMN rounds_schedule text`,
      `ALTER TABLE dossiers ADD COLUMN rounds_planned_until date`,
      `CREATE TABLE rounds (
        id text PRIMARY KEY,
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('evaluatie', 'nulmeting')),
        number integer,
        planned_on date NOT NULL,
        origin text NOT NULL CHECK (origin IN ('schema', 'hand')),
        focus text CHECK (focus IN ('plan', 'proces', 'effect')),
        state text NOT NULL DEFAULT 'gepland' CHECK (state IN ('gepland', 'open', 'gesloten')),
        opened_at timestamptz,
        opened_by text,
        closed_at timestamptz,
        closed_by text,
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        students_enabled boolean NOT NULL DEFAULT false,
        students_token_hash text UNIQUE,
        students_cap integer NOT NULL DEFAULT 2000 CHECK (students_cap BETWEEN 1 AND 100000),
        students_count integer NOT NULL DEFAULT 0,
        snapshot jsonb,
        -- A number is the nth round of its kind actually held: given when it opens.
        CHECK ((state = 'gepland') = (number IS NULL)),
        CHECK ((state = 'gesloten') = (snapshot IS NOT NULL))
      )`,
      `CREATE INDEX rounds_dossier ON rounds (dossier_id, planned_on)`,
      `CREATE UNIQUE INDEX rounds_number ON rounds (dossier_id, kind, number)`,
      // A closed round is kept for good exactly as it was closed.
      `CREATE FUNCTION rounds_closed_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.state = 'gesloten' THEN
            RAISE EXCEPTION 'closed rounds are immutable';
          END IF;
          RETURN NEW;
        END
      $$`,
      `CREATE TRIGGER rounds_closed_immutable BEFORE UPDATE ON rounds FOR EACH ROW EXECUTE FUNCTION rounds_closed_immutable()`,
      `CREATE TABLE round_responses (
        round_id text NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        respondent_key text NOT NULL CHECK (respondent_key ~ '^(owner|invite:[A-Za-z0-9_-]{1,64}|paper:[0-9a-f-]{36})$'),
        partner_id text,
        person text,
        entered_by text,
        -- The link that typed a paper form in ('owner' or 'invite:<id>'): only it sees and changes the entry.
        entered_by_key text,
        answers jsonb NOT NULL DEFAULT '{}'::jsonb,
        answered boolean NOT NULL DEFAULT false,
        complete boolean NOT NULL DEFAULT false,
        revision integer NOT NULL DEFAULT 0,
        audited_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, respondent_key),
        CHECK ((respondent_key LIKE 'paper:%') = (entered_by IS NOT NULL AND entered_by_key IS NOT NULL))
      )`,
      // Answers of a closed round never change, whatever path a write takes.
      `CREATE FUNCTION round_responses_open_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF EXISTS (SELECT 1 FROM rounds WHERE id = NEW.round_id AND state = 'gesloten') THEN
            RAISE EXCEPTION 'answers of a closed round are immutable';
          END IF;
          RETURN NEW;
        END
      $$`,
      `CREATE TRIGGER round_responses_open_only BEFORE INSERT OR UPDATE ON round_responses
        FOR EACH ROW EXECUTE FUNCTION round_responses_open_only()`,
      // Students: what they chose and the day, nothing else (no name, no free text, no address, no time).
      `CREATE TABLE student_responses (
        round_id text NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
        answers jsonb NOT NULL,
        day date NOT NULL
      )`,
      `CREATE INDEX student_responses_round ON student_responses (round_id)`,
    ],
  },
  {
    // Version 5 belongs to evaluation rounds (a separate change); the numbers need not arrive in order.
    version: 6,
    name: 'withdrawal reasons, erasure (AVG), example dossiers that expire',
    statements: [
      `ALTER TABLE versions ADD COLUMN withdrawn_by text`,
      `ALTER TABLE versions ADD COLUMN withdraw_reason text`,
      `ALTER TABLE signatures ADD COLUMN voided_by text`,
      `ALTER TABLE signatures ADD COLUMN void_reason text`,
      // Set for "Voorbeeld bekijken" dossiers: a periodic sweep erases them after this moment.
      `ALTER TABLE dossiers ADD COLUMN expires_at timestamptz`,
      `CREATE INDEX dossiers_expires_at ON dossiers (expires_at) WHERE expires_at IS NOT NULL`,
      // What remains of an erased dossier: its id answers 410 with this.
      `CREATE TABLE dossier_tombstones (
        id text PRIMARY KEY,
        deleted_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL
      )`,
      // The audit log stays append-only, except for erasing one dossier's entries, which the erasing
      // transaction announces with SET LOCAL samenwerkwijzer.erase = '<dossier id>'.
      `CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' AND OLD.dossier_id IS NOT NULL
             AND OLD.dossier_id = current_setting('samenwerkwijzer.erase', true) THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION 'audit_log is append-only';
        END
      $$`,
    ],
  },
  {
    // Numbered 7: versions 5 and 6 are taken by work landing alongside (rounds; operations).
    version: 7,
    name: 'signatures found by dossier without a table scan',
    statements: [
      // The partial unique index (voided_at IS NULL) cannot serve "every signature of this dossier",
      // so every GET of a dossier scanned the signatures of all dossiers.
      `CREATE INDEX signatures_dossier ON signatures (dossier_id, version)`,
    ],
  },
  {
    version: 8,
    name: 'an imported dossier brings its closed rounds with their answers',
    statements: [
      // Closed rounds' answers stay immutable, except while an import restores them as they were
      // (the importing transaction announces itself with SET LOCAL samenwerkwijzer.restore = 'on').
      `CREATE OR REPLACE FUNCTION round_responses_open_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' AND current_setting('samenwerkwijzer.restore', true) = 'on' THEN
            RETURN NEW;
          END IF;
          IF EXISTS (SELECT 1 FROM rounds WHERE id = NEW.round_id AND state = 'gesloten') THEN
            RAISE EXCEPTION 'answers of a closed round are immutable';
          END IF;
          RETURN NEW;
        END
      $$`,
    ],
  },
  {
    // Numbered 9: version 8 belongs to the import of closed rounds.
    version: 9,
    name: 'working data after signing: action progress, proposed actions, knowledge activities held, calendar feeds',
    statements: [
      // The current progress of one action (a row of the signed plan or a proposed action), by its row id.
      `CREATE TABLE action_progress (
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        action_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('gepland', 'bezig', 'gereed', 'uitgesteld')),
        note text NOT NULL DEFAULT '',
        done_on date,
        revision integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        PRIMARY KEY (dossier_id, action_id)
      )`,
      // Every change of it, for "each action's status history across rounds": who, when, from → to, the open round.
      `CREATE TABLE action_progress_history (
        id bigserial PRIMARY KEY,
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        action_id text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        partner_name text,
        person text,
        from_status text,
        to_status text NOT NULL,
        note text NOT NULL DEFAULT '',
        done_on date,
        round_id text
      )`,
      `CREATE INDEX action_progress_history_action ON action_progress_history (dossier_id, action_id, id)`,
      // History is kept: never changed, removed only with its whole dossier (erasure announces itself).
      `CREATE FUNCTION action_progress_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' AND OLD.dossier_id = current_setting('samenwerkwijzer.erase', true) THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION 'action_progress_history is append-only';
        END
      $$`,
      `CREATE TRIGGER action_progress_history_append_only BEFORE UPDATE OR DELETE ON action_progress_history
        FOR EACH ROW EXECUTE FUNCTION action_progress_history_append_only()`,
      // Actions proposed since the signed version `since_version`; `source_key` names the round item it
      // came from (one proposal per item); `carried_at`: put into an amendment's draft of step 5 while
      // version `carried_from` was in force (signed without it, that amendment dropped it).
      `CREATE TABLE proposed_actions (
        id text NOT NULL,
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        action jsonb NOT NULL,
        since_version integer NOT NULL,
        round_id text,
        source_key text,
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        carried_at timestamptz,
        carried_from integer,
        PRIMARY KEY (dossier_id, id)
      )`,
      `CREATE UNIQUE INDEX proposed_actions_source ON proposed_actions (dossier_id, source_key) WHERE source_key IS NOT NULL`,
      // The log of knowledge activities held (step 9 plans them).
      `CREATE TABLE knowledge_activities (
        id text NOT NULL,
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        held_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('presentatie', 'training', 'teamoverleg', 'intervisie', 'anders')),
        kind_other text NOT NULL DEFAULT '',
        topic text NOT NULL,
        partner_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
        participants integer,
        notes text NOT NULL DEFAULT '',
        activity_id text,
        revision integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        PRIMARY KEY (dossier_id, id)
      )`,
      `CREATE INDEX knowledge_activities_held ON knowledge_activities (dossier_id, held_on)`,
      // A secret calendar feed URL: only the token's hash, one live feed per dossier; revoked ones are kept.
      `CREATE TABLE calendar_feeds (
        id text NOT NULL,
        dossier_id text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        token_hash text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        revoked_at timestamptz,
        revoked_by text,
        PRIMARY KEY (dossier_id, id)
      )`,
      `CREATE UNIQUE INDEX calendar_feeds_live ON calendar_feeds (dossier_id) WHERE revoked_at IS NULL`,
    ],
  },
  {
    version: 10,
    name: "workspaces: an organisation's dossiers together, with their own links, audit log and calendar feed",
    statements: [
      // A municipality, youth-work organisation or school board; `feed_token_hash`: its secret calendar feed.
      `CREATE TABLE workspaces (
        id text PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('gemeente', 'jongerenwerkorganisatie', 'schoolbestuur')),
        created_at timestamptz NOT NULL DEFAULT now(),
        feed_token_hash text UNIQUE,
        feed_created_at timestamptz
      )`,
      // Every link of a workspace, the owner's among them: only the token's hash; revoked ones are kept.
      `CREATE TABLE workspace_links (
        id text NOT NULL,
        workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('owner', 'invite')),
        role text NOT NULL CHECK (role IN ('beheren', 'lezen')),
        name text,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        PRIMARY KEY (workspace_id, id)
      )`,
      // Which dossiers a workspace holds. The column is not called dossier_id on purpose: a dossier's
      // export, import and erasure find their tables by that name, and a workspace is no part of a dossier.
      `CREATE TABLE workspace_dossiers (
        workspace_id text NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        dossier_ref text NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
        added_at timestamptz NOT NULL DEFAULT now(),
        added_by text NOT NULL,
        PRIMARY KEY (workspace_id, dossier_ref)
      )`,
      `CREATE INDEX workspace_dossiers_dossier ON workspace_dossiers (dossier_ref)`,
      // The workspace's own audit log: append-only, erased only with its workspace (announced like a dossier's).
      `CREATE TABLE workspace_audit (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        workspace_id text NOT NULL,
        action text NOT NULL,
        object text NOT NULL,
        result text NOT NULL,
        actor text NOT NULL,
        detail text
      )`,
      `CREATE INDEX workspace_audit_workspace_at ON workspace_audit (workspace_id, at)`,
      `CREATE FUNCTION workspace_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' AND OLD.workspace_id = current_setting('samenwerkwijzer.erase_workspace', true) THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION 'workspace_audit is append-only';
        END
      $$`,
      `CREATE TRIGGER workspace_audit_append_only BEFORE UPDATE OR DELETE ON workspace_audit
        FOR EACH ROW EXECUTE FUNCTION workspace_audit_append_only()`,
      `CREATE TABLE workspace_tombstones (
        id text PRIMARY KEY,
        deleted_at timestamptz NOT NULL DEFAULT now(),
        reason text NOT NULL
      )`,
    ],
  },
];

/** Arbitrary constant: the advisory lock key that serialises migrations across processes. */
const MIGRATION_LOCK = 4_173_920_551;

/** Applies missing migrations in one transaction; a second process waits on the lock, then finds nothing to do. */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    const done: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(m.version)) continue;
      for (const sql of m.statements) await tx.query(sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      done.push(m.version);
    }
    return done;
  });
}
