import type { Db } from '#src/db/db';
import { eraseDossier, TOMBSTONE_EXAMPLE } from '#src/db/dossier-tables';
import type { LiveHub } from './live/hub';

export interface Sweeper {
  /** Erases every example dossier whose 24 hours are over; returns how many. */
  runOnce(): Promise<number>;
  stop(): void;
}

/**
 * Example dossiers ("Voorbeeld bekijken") expire: every `intervalMs` the ones past their `expires_at`
 * are erased like a deletion by the owner, leaving a tombstone. The clock is injectable for tests.
 */
export function startSweeper(opts: {
  db: Db;
  live: LiveHub;
  now?: () => Date;
  intervalMs?: number;
  log?: (line: string) => void;
}): Sweeper {
  const now = opts.now ?? (() => new Date());
  let running: Promise<number> | null = null;
  const runOnce = () =>
    (running ??= (async () => {
      try {
        const due = await opts.db.query<{ id: string }>(
          'SELECT id FROM dossiers WHERE expires_at IS NOT NULL AND expires_at <= $1 ORDER BY expires_at LIMIT 500',
          [now().toISOString()],
        );
        for (const { id } of due) {
          await eraseDossier(opts.db, id, TOMBSTONE_EXAMPLE);
          await opts.live.erase(id);
        }
        if (due.length > 0) opts.log?.(`Voorbeelddossiers verlopen en verwijderd: ${due.length}`);
        return due.length;
      } finally {
        running = null;
      }
    })());
  const timer =
    opts.intervalMs === 0
      ? null
      : setInterval(
          () => void runOnce().catch((err: Error) => opts.log?.(`error sweep: ${err.message}`)),
          opts.intervalMs ?? 10 * 60_000,
        );
  timer?.unref();
  return {
    runOnce,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
