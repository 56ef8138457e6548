import { useEffect, useState } from 'react';
import type { VersionWithContent } from '#src/sync/dossier-sync';
import { useDossier } from '#src/app/dossier-context';

/** The frozen text of version `n` (undefined while loading, or when it could not be loaded). */
export function useVersionContent(n: number | undefined): VersionWithContent | undefined {
  const { sync } = useDossier();
  const [loaded, setLoaded] = useState<VersionWithContent>();
  useEffect(() => {
    if (!n) return;
    let live = true;
    sync.version(n).then(
      (value) => live && setLoaded(value),
      // A version that cannot be loaded shows as still loading; the next visit tries again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [sync, n]);
  // Only the version asked for: after `n` changes, the previous one is not shown as this one.
  return loaded?.number === n ? loaded : undefined;
}
