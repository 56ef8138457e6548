import { useEffect, useState } from 'react';
import type { VersionWithContent } from '#src/sync/dossier-sync';
import { useDossier } from '#src/app/dossier-context';

/** A version number as written in an address: "2" is, "abc", "0" and "2.5" are not. */
export const versionNumberOf = (raw: string | undefined): number | undefined =>
  raw && /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : undefined;

/**
 * The frozen text of version `n` as it loads: the version once loaded, or `failed` when it could not
 * be (then `retry` asks again), so a page never says "loading" for ever.
 */
export function useVersionState(n: number | undefined): { version?: VersionWithContent; failed: boolean; retry: () => void } {
  const { sync } = useDossier();
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ key: string; version?: VersionWithContent; failed: boolean }>();
  const key = `${n}#${attempt}`;
  useEffect(() => {
    if (!n) return;
    let live = true;
    sync.version(n).then(
      (version) => live && setAnswer({ key, version, failed: false }),
      // DossierSync forgets a failed fetch, so the retry asks the server again.
      () => live && setAnswer({ key, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [sync, n, key]);
  // Only the version asked for: after `n` changes, the previous one is not shown as this one.
  const current = answer?.key === key ? answer : undefined;
  return { version: current?.version, failed: current?.failed ?? false, retry: () => setAttempt((a) => a + 1) };
}

/** The frozen text of version `n` (undefined while loading, or when it could not be loaded). */
export function useVersionContent(n: number | undefined): VersionWithContent | undefined {
  return useVersionState(n).version;
}
