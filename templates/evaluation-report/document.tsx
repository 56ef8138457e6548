/**
 * The evaluation report as a PDF document (@react-pdf/renderer), in the agreement's theme. It lays out
 * what `toEvaluationReportData` prepared and computes nothing itself. Server only.
 */
import { Document, Page, View } from '@react-pdf/renderer';
import type { EvaluationReportData, Part, ReportSection } from '#templates/to-evaluation-report-data';
import { A4_HEIGHT, styles } from '#templates/theme';
import { Contents } from '#templates/pdf/contents';
import { PageFurniture } from '#templates/pdf/page-furniture';
import type { PageMap } from '#templates/pdf/page-map';
import { SectionHeading } from '#templates/pdf/section-heading';
import { Cover } from './cover';
import { PartView } from './part-view';

/**
 * A table this short fits under a heading on any page (kept together, it must never be taller than a
 * page); a longer one may start on the heading's page and run on.
 */
const SHORT_TABLE = { rows: 10, characters: 1500 };
const isShort = (part: Part | undefined) =>
  part?.kind === 'paragraph' ||
  part?.kind === 'bullets' ||
  (part?.kind === 'table' &&
    part.rows.length <= SHORT_TABLE.rows &&
    part.rows.flat().reduce((n, cell) => n + cell.length, 0) <= SHORT_TABLE.characters);

/** How many of a section's first parts are kept on one page with its heading: an introduction and a short table. */
function leading(section: ReportSection): number {
  const [first, second] = section.parts;
  if (first?.kind === 'paragraph') return isShort(second) ? 2 : 1;
  return first?.kind === 'table' && isShort(first) ? 1 : 0;
}

export function EvaluationReportDocument({ data }: { data: EvaluationReportData }) {
  const pages: PageMap = new Map();
  const { metadata } = data;
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
      pdfVersion="1.7"
    >
      <Page size="A4" style={styles.page} experimentalPagination>
        <PageFurniture running={data.running} height={A4_HEIGHT} />
        <Cover cover={data.cover} />
        <Contents title={data.contentsTitle} entries={data.sections} pages={pages} />
        {data.sections.map((section) => (
          // The summary follows the contents on their page; the results and the charts start on a new
          // one, the other sections follow on. A `break` must sit on a child of the page (see
          // templates/agreement/step-sections.tsx).
          <View key={section.id} break={section.newPage}>
            {/* The heading stays with its introduction and a short table after it (never alone at a page's foot). */}
            <View wrap={false}>
              <SectionHeading id={section.id} title={section.title} pages={pages} />
              {section.parts.slice(0, leading(section)).map((part, j) => (
                <PartView key={j} part={part} />
              ))}
            </View>
            {section.parts.slice(leading(section)).map((part, j) => (
              <PartView key={j} part={part} />
            ))}
          </View>
        ))}
      </Page>
    </Document>
  );
}
