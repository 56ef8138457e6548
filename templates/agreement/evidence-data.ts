/**
 * What the evidence page prints: the facts that identify the text (dossier, version, hash and how it
 * is computed), then the events in order and every signature with the hash it was given for.
 */
import type { AgreementContent } from '#src/domain/agreement/content';
import { shortHash } from '#src/domain/agreement/canonical';
import { agreementCopy } from './copy';
import { dateTimeAmsterdam, table, type Block, type Column, type Field } from './blocks';
import type { AgreementMeta, DocumentStatus } from './meta';

export interface EvidenceData {
  id: string;
  title: string;
  intro: string;
  facts: Field[];
  blocks: Block[];
}

/** `status` is the meta's as printed (a draft is `concept`); `versionLabel` names the version. */
export function evidenceData(
  content: AgreementContent,
  meta: AgreementMeta,
  status: DocumentStatus,
  versionLabel: string,
): EvidenceData {
  const e = agreementCopy.evidence;
  const facts: Field[] = [
    { label: e.dossier, value: `${content.title} (${meta.dossierId})` },
    { label: e.version, value: versionLabel },
    { label: e.status, value: agreementCopy.statuses[status] },
    { label: e.hash, value: meta.hash },
    { label: e.hashMethod, value: e.hashMethodValue },
    { label: e.override, value: meta.overrideReason ? e.overrideValue(meta.overrideReason) : '' },
    {
      label: e.replaces,
      value: meta.replaces ? `${agreementCopy.versionLabel(meta.replaces.number)}\n${meta.replaces.hash}` : '',
    },
    { label: e.generatedAt, value: meta.draft ? dateTimeAmsterdam(meta.generatedAt) : '' },
  ].filter((f) => f.value);
  return {
    id: 'verantwoording',
    title: e.title,
    intro: [e.intro, meta.draft ? e.draftNote : '', status === 'getekend' ? e.sealNote : ''].filter(Boolean).join(' '),
    facts,
    blocks: evidenceBlocks(content, meta),
  };
}

function evidenceBlocks(content: AgreementContent, meta: AgreementMeta): Block[] {
  const e = agreementCopy.evidence;
  const s = agreementCopy.signatures;
  const events: { at: string; kind: keyof typeof e.eventKinds; detail: string }[] = [];
  if (meta.frozenAt) events.push({ at: meta.frozenAt, kind: 'freeze', detail: meta.frozenBy ? e.frozenBy(meta.frozenBy) : '' });
  for (const sig of meta.signatures) {
    events.push({
      at: sig.signedAt,
      kind: 'sign',
      detail: e.signedDetail(sig.name, sig.organisationName, s.methods[sig.method]),
    });
    if (sig.voidedAt) events.push({ at: sig.voidedAt, kind: 'void', detail: `${sig.name}, ${sig.organisationName}` });
  }
  if (meta.status === 'getekend') {
    const last = meta.signatures
      .filter((sig) => !sig.voidedAt)
      .map((sig) => sig.signedAt)
      .sort()
      .at(-1);
    if (last) events.push({ at: last, kind: 'complete', detail: '' });
  }
  if (meta.withdrawnAt) events.push({ at: meta.withdrawnAt, kind: 'withdraw', detail: '' });
  events.sort((a, b) => a.at.localeCompare(b.at));

  const c = e.eventColumns;
  const eventColumns: Column[] = [
    { header: c.time, width: 2.2 },
    { header: c.event, width: 2 },
    { header: c.detail, width: 4 },
  ];
  const sc = e.signatureColumns;
  const signatureColumns: Column[] = [
    { header: sc.organisation, width: 2.4 },
    { header: sc.signer, width: 2.4 },
    { header: sc.method, width: 1.6 },
    { header: sc.time, width: 2.2 },
    { header: sc.hash, width: 1.6 },
  ];
  const short = (h: string) => shortHash(h);
  const partnerIds = new Set(content.partners.map((p) => p.id));
  return [
    ...table(
      e.events,
      eventColumns,
      events.map((ev) => [dateTimeAmsterdam(ev.at), e.eventKinds[ev.kind], ev.detail]),
    ),
    ...table(
      s.title,
      signatureColumns,
      meta.signatures
        .filter((sig) => partnerIds.has(sig.organisation))
        .map((sig) => [
          sig.organisationName,
          [sig.name, sig.function, sig.mandate ? s.mandate(sig.mandate) : '', sig.voidedAt ? s.voided : '']
            .filter(Boolean)
            .join('\n'),
          s.methods[sig.method],
          dateTimeAmsterdam(sig.signedAt),
          sig.versionHash === meta.hash ? e.hashMatches(short(sig.versionHash)) : e.hashDiffers(short(sig.versionHash)),
        ]),
    ),
  ];
}
