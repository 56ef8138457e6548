/**
 * Everything the agreement document prints, computed from a version's content and its meta data.
 * Pure and isomorphic: the server renders the PDF from it, the browser its accessible HTML rendition.
 * The document only lays this out (design principle 6).
 */
import type { AgreementContent } from '#src/domain/agreement/content';
import type { Signature, Version } from '#src/domain/agreement/api';
import { shortHash } from '#src/domain/agreement/canonical';
import { PARTNER_KIND_LABELS } from '#src/domain/partners';
import { fileSlug } from '#src/domain/file-name';
import type { StepId } from '#src/domain/step';
import { STEPS } from '#steps/index';
import { copy as initiatiefCopy } from '#steps/01-initiatief/copy';
import { agreementCopy } from './agreement/copy';
import {
  date,
  dateTimeUtc,
  optionLabel,
  rows,
  str,
  table,
  type Block,
  type Column,
  type Field,
  type Section,
  type SectionBuilder,
  type SectionContext,
} from './agreement/blocks';
import { initiatiefSection } from './agreement/sections/01-initiatief';
import { aanspreekpuntenSection } from './agreement/sections/02-aanspreekpunten';
import { financieringSection } from './agreement/sections/03-financiering';
import { visieSection } from './agreement/sections/04-visie';
import { taakverdelingSection } from './agreement/sections/05-taakverdeling';
import { signalenSection } from './agreement/sections/06-signalen';
import { faciliteitenSection } from './agreement/sections/07-faciliteiten';
import { bekendheidSection } from './agreement/sections/08-bekendheid';
import { kennisdelenSection } from './agreement/sections/09-kennisdelen';
import { evaluatieSection } from './agreement/sections/10-evaluatie';
import { structureleFinancieringSection } from './agreement/sections/11-structurele-financiering';

export type { Block, Column, Field, Section } from './agreement/blocks';

export const SECTION_BUILDERS: Record<StepId, SectionBuilder> = {
  initiatief: initiatiefSection,
  aanspreekpunten: aanspreekpuntenSection,
  financiering: financieringSection,
  visie: visieSection,
  taakverdeling: taakverdelingSection,
  signalen: signalenSection,
  faciliteiten: faciliteitenSection,
  bekendheid: bekendheidSection,
  kennisdelen: kennisdelenSection,
  evaluatie: evaluatieSection,
  'structurele-financiering': structureleFinancieringSection,
};

export type DocumentStatus = 'concept' | Version['status'];

/** Which text is printed, in which state, and what happened to it. */
export interface AgreementMeta {
  dossierId: string;
  /** A draft (`concept`/`wijziging`): not frozen, nothing signed; the hash is of the text as it is now. */
  draft: boolean;
  /** The version number; for a draft, the number it gets when frozen. */
  number: number;
  hash: string;
  status: DocumentStatus;
  frozenAt: string | null;
  frozenBy: string | null;
  /** Why the owner froze this version without every partner's akkoord on every step (else null). */
  overrideReason: string | null;
  withdrawnAt: string | null;
  /** The signed version this one replaces (an amendment). */
  replaces: { number: number; hash: string } | null;
  /** Every signature given for this version, voided ones included. */
  signatures: Signature[];
  /** When this rendition was made (printed on drafts only). */
  generatedAt: string;
}

/** The meta data of a frozen version, from the version list of its dossier. */
export function versionMeta(
  dossierId: string,
  version: Version,
  versions: readonly Version[],
  generatedAt: string,
): AgreementMeta {
  const replaced = version.replaces === null ? undefined : versions.find((v) => v.number === version.replaces);
  return {
    dossierId,
    draft: false,
    number: version.number,
    hash: version.hash,
    status: version.status,
    frozenAt: version.frozenAt,
    frozenBy: version.frozenBy,
    overrideReason: version.overrideReason ?? null,
    withdrawnAt: version.withdrawnAt,
    replaces: replaced ? { number: replaced.number, hash: replaced.hash } : null,
    signatures: version.signatures,
    generatedAt,
  };
}

/** The meta data of the current draft: the next number, replacing the last signed version if any. */
export function draftMeta(dossierId: string, hash: string, versions: readonly Version[], generatedAt: string): AgreementMeta {
  const signed = [...versions].reverse().find((v) => v.status === 'getekend');
  return {
    dossierId,
    draft: true,
    number: (versions.at(-1)?.number ?? 0) + 1,
    hash,
    status: 'concept',
    frozenAt: null,
    frozenBy: null,
    overrideReason: null,
    withdrawnAt: null,
    replaces: signed ? { number: signed.number, hash: signed.hash } : null,
    signatures: [],
    generatedAt,
  };
}

export interface SignatureBlock {
  organisation: string;
  kind: string;
  state: 'signed' | 'open' | 'voided';
  name: string;
  function: string;
  authority: string;
  method: 'typed' | 'drawn' | null;
  methodLabel: string;
  /** The drawn signature as a `data:image/png;base64,` URL. */
  image: string | null;
  signedAt: string;
}

const SIGNATURE_LABEL_KEYS = ['name', 'function', 'authority', 'signedAt', 'method', 'notSigned', 'voided'] as const;
/** The texts around each signature: strings only, as all of AgreementData, which crosses to the render thread. */
export type SignatureLabels = Pick<typeof agreementCopy.signatures, (typeof SIGNATURE_LABEL_KEYS)[number]>;
const SIGNATURE_LABELS = Object.fromEntries(SIGNATURE_LABEL_KEYS.map((k) => [k, agreementCopy.signatures[k]])) as SignatureLabels;

export interface AgreementData {
  fileName: string;
  status: DocumentStatus;
  metadata: {
    title: string;
    author: string;
    subject: string;
    keywords: string;
    creator: string;
    producer: string;
    language: 'nl';
  };
  /** Printed on every page. */
  running: { title: string; version: string; shortHash: string; banner: string | null };
  cover: {
    documentTitle: string;
    title: string;
    subtitle: string;
    partners: { name: string; kind: string; detail: string }[];
    facts: Field[];
    notes: string[];
  };
  sections: (Section & { id: string })[];
  signatures: { id: string; title: string; intro: string; labels: SignatureLabels; blocks: SignatureBlock[] };
  evidence: { id: string; title: string; intro: string; facts: Field[]; blocks: Block[] };
  /** Table of contents: every section, the signature page and the evidence page, in order. */
  toc: { id: string; title: string }[];
}

/** The file name of a version's PDF (`null`: the draft), from the agreement's title. */
export const agreementFileName = (title: string, version: number | null) =>
  agreementCopy.fileName(fileSlug(title, 'overeenkomst'), version);

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

function signatureBlocks(content: AgreementContent, meta: AgreementMeta): SignatureBlock[] {
  const s = agreementCopy.signatures;
  return content.partners.map((partner) => {
    const given = meta.signatures.filter((sig) => sig.organisation === partner.id);
    const signature = given.find((sig) => !sig.voidedAt) ?? given.at(-1);
    const base = { organisation: partner.name, kind: PARTNER_KIND_LABELS[partner.kind] ?? partner.kind };
    if (!signature) {
      return {
        ...base,
        state: 'open',
        name: '',
        function: '',
        authority: '',
        method: null,
        methodLabel: '',
        image: null,
        signedAt: '',
      } satisfies SignatureBlock;
    }
    return {
      ...base,
      state: signature.voidedAt ? 'voided' : 'signed',
      name: signature.name,
      function: signature.function,
      authority: signature.mandate ? s.mandate(signature.mandate) : s.authorised(partner.name),
      method: signature.method,
      methodLabel: s.methods[signature.method],
      image: signature.method === 'drawn' ? signature.image : null,
      signedAt: dateTimeUtc(signature.signedAt),
    } satisfies SignatureBlock;
  });
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
      events.map((ev) => [dateTimeUtc(ev.at), e.eventKinds[ev.kind], ev.detail]),
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
          dateTimeUtc(sig.signedAt),
          sig.versionHash === meta.hash ? e.hashMatches(short(sig.versionHash)) : e.hashDiffers(short(sig.versionHash)),
        ]),
    ),
  ];
}

/** Everything the agreement document prints. */
export function toAgreementData(content: AgreementContent, meta: AgreementMeta): AgreementData {
  const partnerById = new Map(content.partners.map((p) => [p.id, p]));
  const ctx: SectionContext = {
    content,
    partners: content.partners,
    partnerName: (id) => (typeof id === 'string' ? (partnerById.get(id)?.name ?? '') : ''),
  };

  const sections = STEPS.flatMap((step) => {
    const data = content.steps[step.id];
    if (!data) return [];
    return [
      {
        id: `stap-${step.number}`,
        stepId: step.id,
        number: step.number,
        title: agreementCopy.sectionTitle(step.number, step.copy.title),
        blocks: SECTION_BUILDERS[step.id].build(data, ctx),
      },
    ];
  });

  const c = agreementCopy.cover;
  const status = meta.draft ? 'concept' : meta.status;
  const versionLabel = meta.draft ? agreementCopy.draftVersionLabel(meta.number) : agreementCopy.versionLabel(meta.number);
  const banner = status === 'getekend' ? null : agreementCopy.banners[status];
  const short = shortHash(meta.hash);
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
    status === 'concept' ? c.draftNote(dateTimeUtc(meta.generatedAt)) : '',
    status === 'ter-ondertekening' ? c.pendingNote : '',
    status === 'ingetrokken' ? c.withdrawnNote : '',
    status === 'getekend' && lastSignature ? c.signedNote(dateTimeUtc(lastSignature)) : '',
    meta.replaces ? c.replacesNote(meta.replaces.number) : '',
  ].filter(Boolean);

  const facts: Field[] = [
    { label: c.gemeente, value: content.gemeente },
    ...period(content),
    { label: c.version, value: versionLabel },
    { label: c.status, value: agreementCopy.statuses[status] },
    { label: c.frozenAt, value: meta.frozenAt ? dateTimeUtc(meta.frozenAt) : '' },
    { label: c.replaces, value: meta.replaces ? c.replacesValue(meta.replaces.number, shortHash(meta.replaces.hash)) : '' },
    { label: c.hash, value: meta.hash },
  ].filter((f) => f.value);

  const e = agreementCopy.evidence;
  const evidenceFacts: Field[] = [
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
    { label: e.generatedAt, value: meta.draft ? dateTimeUtc(meta.generatedAt) : '' },
  ].filter((f) => f.value);

  const signatures = {
    id: 'ondertekening',
    title: agreementCopy.signatures.title,
    intro: agreementCopy.signatures.intro(meta.draft ? null : meta.number, short),
    labels: SIGNATURE_LABELS,
    blocks: signatureBlocks(content, meta),
  };
  const evidence = {
    id: 'verantwoording',
    title: e.title,
    intro: [e.intro, meta.draft ? e.draftNote : '', status === 'getekend' ? e.sealNote : ''].filter(Boolean).join(' '),
    facts: evidenceFacts,
    blocks: evidenceBlocks(content, meta),
  };

  const title = `${agreementCopy.documentTitle} — ${content.title}`;
  return {
    fileName: agreementFileName(content.title, meta.draft ? null : meta.number),
    status,
    metadata: {
      title: `${title} — ${versionLabel}`,
      author: agreementCopy.metadata.author(content.gemeente),
      subject: agreementCopy.metadata.subject(content.title, versionLabel),
      keywords: [
        'samenwerkingsovereenkomst',
        'Samenwerkwijzer',
        `dossier:${meta.dossierId}`,
        `versie:${meta.number}`,
        `status:${status}`,
        `sha256:${meta.hash}`,
        ...(meta.replaces ? [`vervangt:${meta.replaces.number}`] : []),
      ].join(', '),
      creator: 'Samenwerkwijzer',
      producer: 'Samenwerkwijzer',
      language: 'nl',
    },
    running: { title, version: versionLabel, shortHash: short, banner },
    cover: {
      documentTitle: agreementCopy.documentTitle,
      title: content.title,
      subtitle: agreementCopy.subtitle,
      partners,
      facts,
      notes,
    },
    sections,
    signatures,
    evidence,
    toc: [
      ...sections.map((s) => ({ id: s.id, title: s.title })),
      { id: signatures.id, title: signatures.title },
      { id: evidence.id, title: evidence.title },
    ],
  };
}
