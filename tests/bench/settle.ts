import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process, MB, from /proc. */
export const rssMb = (pid: number) => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return kb / 1024;
};

/**
 * A process's RSS once it has stopped moving (two readings a second apart within 2 MB, at most 20 s):
 * start-up garbage (PGlite's, the seal's key generation) is returned to the system in steps, and a
 * baseline read in the middle of that made later growth come out as "0 MB" or negative.
 */
export async function settledRssMb(pid: number) {
  let last = rssMb(pid);
  for (let i = 0; i < 20; i++) {
    await sleep(1000);
    const now = rssMb(pid);
    if (Math.abs(now - last) < 2) return now;
    last = now;
  }
  return last;
}

let gc: (() => void) | undefined;
/** This process's RSS after a full collection and once it has settled (a baseline for in-process growth). */
export async function settledOwnRssMb() {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  await sleep(200);
  gc();
  return settledRssMb(process.pid);
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak, MB. */
export function peakSampler(pid: number, everyMs = 20) {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssMb(pid));
    },
  };
}
