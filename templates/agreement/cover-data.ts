/** What the cover prints: the partners, the period, the facts of this version and notes on its state. */
import type { AgreementContent } from '#src/domain/agreement/content';
import { shortHash } from '#src/domain/agreement/canonical';
import { PARTNER_KIND_LABELS } from '#src/domain/partners';
import { copy as initiatiefCopy } from '#steps/01-initiatief/copy';
import { agreementCopy } from './copy';
import { date, dateTimeAmsterdam, optionLabel, rows, str, type Field } from './blocks';
import type { AgreementMeta, DocumentStatus } from './meta';

export interface CoverData {
  documentTitle: string;
  title: string;
  subtitle: string;
  partners: { name: string; kind: string; detail: string }[];
  facts: Field[];
  notes: string[];
}

/** The period the cover names: the intended start (step 1) and the funded period (step 3). */
function period(content: AgreementContent): Field[] {
  const c = agreementCopy.cover;
  const sources = rows(content.steps.financiering?.sources);
  const froms = sources
    .map((s) => str(s.from))
    .filter(Boolean)
    .sort();
  const tos = sources
    .map((s) => str(s.to))
    .filter(Boolean)
    .sort();
  const openEnded = sources.some((s) => s.structural === true && !str(s.to));
  let funding = '';
  if (froms.length) {
    const range = tos.length ? c.fundingRange(date(froms[0]), date(tos.at(-1))) : c.fundingFrom(date(froms[0]));
    funding = openEnded ? `${range} (${c.fundingStructural})` : range;
  }
  return [
    { label: c.intendedStart, value: date(content.steps.initiatief?.intendedStart) },
    { label: c.fundingPeriod, value: funding },
  ].filter((f) => f.value);
}

/** `status` is the meta's as printed (a draft is `concept`); `versionLabel` names the version. */
export function coverData(
  content: AgreementContent,
  meta: AgreementMeta,
  status: DocumentStatus,
  versionLabel: string,
): CoverData {
  const c = agreementCopy.cover;
  const lastSignature = meta.signatures
    .filter((s) => !s.voidedAt)
    .map((s) => s.signedAt)
    .sort()
    .at(-1);

  const partnerRows = rows(content.steps.initiatief?.partners);
  const partners = content.partners.map((p) => {
    const row = partnerRows.find((r) => r.id === p.id);
    const detail = row
      ? [optionLabel(initiatiefCopy.schoolTypes, row.schoolType), str(row.locations)].filter(Boolean).join(' — ')
      : '';
    return { name: p.name, kind: PARTNER_KIND_LABELS[p.kind] ?? p.kind, detail };
  });

  const notes = [
    status === 'concept' ? c.draftNote(dateTimeAmsterdam(meta.generatedAt)) : '',
    status === 'ter-ondertekening' ? c.pendingNote : '',
    status === 'ingetrokken' ? c.withdrawnNote : '',
    status === 'getekend' && lastSignature ? c.signedNote(dateTimeAmsterdam(lastSignature)) : '',
    meta.replaces ? c.replacesNote(meta.replaces.number) : '',
  ].filter(Boolean);

  const facts: Field[] = [
    { label: c.gemeente, value: content.gemeente },
    ...period(content),
    { label: c.version, value: versionLabel },
    { label: c.status, value: agreementCopy.statuses[status] },
    { label: c.frozenAt, value: meta.frozenAt ? dateTimeAmsterdam(meta.frozenAt) : '' },
    { label: c.replaces, value: meta.replaces ? c.replacesValue(meta.replaces.number, shortHash(meta.replaces.hash)) : '' },
    { label: c.hash, value: meta.hash },
  ].filter((f) => f.value);

  return {
    documentTitle: agreementCopy.documentTitle,
    title: content.title,
    subtitle: agreementCopy.subtitle,
    partners,
    facts,
    notes,
  };
}
