/**
 * Everything the agreement document prints, computed from a version's content and its meta data.
 * Pure and isomorphic: the server renders the PDF from it, the browser its accessible HTML rendition.
 * The document only lays this out (design principle 6). The cover, the signatures and the evidence
 * are computed in their own files under agreement/ (`*-data.ts`); this one puts them together.
 */
import type { AgreementContent } from '#src/domain/agreement/content';
import { shortHash } from '#src/domain/agreement/canonical';
import { fileSlug } from '#src/domain/file-name';
import type { StepId } from '#src/domain/step';
import { STEPS } from '#steps/index';
import { agreementCopy } from './agreement/copy';
import type { Section, SectionBuilder, SectionContext } from './agreement/blocks';
import type { AgreementMeta, DocumentStatus } from './agreement/meta';
import { coverData, type CoverData } from './agreement/cover-data';
import { signaturesData, type SignaturesData } from './agreement/signature-data';
import { evidenceData, type EvidenceData } from './agreement/evidence-data';
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
// The meta data toAgreementData takes is made by these two; callers import all three from here.
export { draftMeta, versionMeta, type AgreementMeta, type DocumentStatus } from './agreement/meta';

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
  cover: CoverData;
  sections: (Section & { id: string })[];
  signatures: SignaturesData;
  evidence: EvidenceData;
  /** Table of contents: every section, the signature page and the evidence page, in order. */
  toc: { id: string; title: string }[];
}

/** The file name of a version's PDF (`null`: the draft), from the agreement's title. */
export const agreementFileName = (title: string, version: number | null) =>
  agreementCopy.fileName(fileSlug(title, 'overeenkomst'), version);

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

  const status = meta.draft ? 'concept' : meta.status;
  const versionLabel = meta.draft ? agreementCopy.draftVersionLabel(meta.number) : agreementCopy.versionLabel(meta.number);
  const banner = status === 'getekend' ? null : agreementCopy.banners[status];
  const signatures = signaturesData(content, meta);
  const evidence = evidenceData(content, meta, status, versionLabel);

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
    running: { title, version: versionLabel, shortHash: shortHash(meta.hash), banner },
    cover: coverData(content, meta, status, versionLabel),
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
