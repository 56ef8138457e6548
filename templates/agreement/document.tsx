/**
 * The agreement as a PDF document (@react-pdf/renderer). It lays out what `toAgreementData` prepared
 * and computes nothing itself; fonts, colours and spacing come from `#templates/theme`. Server only.
 * This file only puts the parts in order; each part has its own file next to it.
 */
import { Document, Page } from '@react-pdf/renderer';
import type { AgreementData } from '#templates/to-agreement-data';
import { A4_HEIGHT, styles } from '#templates/theme';
import { annexesOf } from './annexes';
import { agreementCopy } from './copy';
import { AnnexPages } from './annex-pages';
import { Contents } from '#templates/pdf/contents';
import { Cover } from './cover';
import { EvidencePage } from './evidence-page';
import { PageFurniture } from './page-furniture';
import type { PageMap } from '#templates/pdf/page-map';
import { Signatures } from './signatures';
import { StepSections } from './step-sections';

export function AgreementDocument({ data }: { data: AgreementData }) {
  const pages: PageMap = new Map();
  const { metadata } = data;
  const annexes = annexesOf(data);
  // The annexes come after the signatures and before the evidence, in the contents too.
  const toc = [
    ...data.toc.filter((e) => e.id !== data.evidence.id),
    ...annexes.map((a) => ({ id: a.id, title: a.title })),
    ...data.toc.filter((e) => e.id === data.evidence.id),
  ];
  return (
    <Document
      title={metadata.title}
      author={metadata.author}
      subject={metadata.subject}
      keywords={metadata.keywords}
      creator={metadata.creator}
      producer={metadata.producer}
      language={metadata.language}
      pageMode="useOutlines"
      // 1.7: the file uses 1.4–1.6 features (language, transparency, UserUnit); it also makes pdfkit write XMP metadata.
      pdfVersion="1.7"
    >
      <Page size="A4" style={styles.page} experimentalPagination>
        <PageFurniture data={data} height={A4_HEIGHT} />
        <Cover data={data} />
        <Contents title={agreementCopy.toc} entries={toc} pages={pages} />
        <StepSections sections={data.sections} annexes={annexes} pages={pages} />
        <Signatures signatures={data.signatures} pages={pages} />
      </Page>
      {annexes.length > 0 ? <AnnexPages data={data} annexes={annexes} pages={pages} /> : null}
      <EvidencePage data={data} annexes={annexes} pages={pages} />
    </Document>
  );
}
