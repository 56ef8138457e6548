import { useEffect, useState } from 'react';
import { STEPS } from '#steps/index';
import { dossierAgreementContent } from '#src/domain/agreement/content';
import { canonicalJson, sha256Hex } from '#src/domain/agreement/canonical';
import { draftMeta, toAgreementData, versionMeta, type AgreementData } from '#templates/to-agreement-data';
import { useDossier } from '#src/app/dossier-context';
import { useAgreement } from '#src/sync/use-step-state';
import { useVersionState } from './use-version-content';

/** The agreement as it would be frozen now, from this browser's current values (unsaved input included). */
export function useDraftAgreementData(): AgreementData | undefined {
  const { dossier, sync } = useDossier();
  const { versions } = useAgreement(sync);
  const [data, setData] = useState<AgreementData>();
  useEffect(() => {
    const content = dossierAgreementContent(STEPS, dossier, sync.allValues());
    let live = true;
    void sha256Hex(canonicalJson(content)).then((hash) => {
      if (live) setData(toAgreementData(content, draftMeta(dossier.id, hash, versions, new Date().toISOString())));
    });
    return () => {
      live = false;
    };
  }, [dossier, sync, versions]);
  return data;
}

/** A frozen version as printed, or `failed` (with `retry`) when it could not be loaded. */
export function useVersionAgreement(n: number | undefined): { data?: AgreementData; failed: boolean; retry: () => void } {
  const { dossier, sync } = useDossier();
  const { versions } = useAgreement(sync);
  const { version, failed, retry } = useVersionState(n);
  if (!version) return { failed, retry };
  const meta = versions.find((v) => v.number === version.number) ?? version;
  return {
    data: toAgreementData(version.content, versionMeta(dossier.id, meta, versions, new Date().toISOString())),
    failed,
    retry,
  };
}

/** A frozen version as printed. */
export const useVersionAgreementData = (n: number | undefined): AgreementData | undefined => useVersionAgreement(n).data;
