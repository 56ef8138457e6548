import type { Db } from '#src/db/db';
import { insertStudentResponses } from '#src/db/rounds';

interface Pending {
  answers: unknown;
  day: string;
  resolve: (count: number | null) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for student answers. A class answers at once; one statement per answer would spend
 * most of each request in the database's per-statement work. The first answer is written at once;
 * answers that arrive while a write runs wait for it and then go together in the next statement, per
 * round and link. No timer: a lone answer is never delayed, a crowd is written in batches.
 */
export class StudentWriter {
  private readonly queue = new Map<string, { round: { id: string; tokenHash: string }; items: Pending[] }>();
  private running = false;

  constructor(
    private readonly db: Db,
    private readonly maxBatch = 200,
  ) {}

  /** Resolves with the round's new count of responses, or null when the round refused it. */
  add(round: { id: string; tokenHash: string }, answers: unknown, day: string): Promise<number | null> {
    return new Promise((resolve, reject) => {
      const key = `${round.id} ${round.tokenHash}`;
      let group = this.queue.get(key);
      if (!group) this.queue.set(key, (group = { round, items: [] }));
      group.items.push({ answers, day, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    try {
      while (this.queue.size > 0) {
        const [key, group] = this.queue.entries().next().value!;
        const batch = group.items.splice(0, this.maxBatch);
        if (group.items.length === 0) this.queue.delete(key);
        try {
          const counts = await insertStudentResponses(this.db, group.round, batch);
          batch.forEach((p, i) => p.resolve(counts[i] ?? null));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
