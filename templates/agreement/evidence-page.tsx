/** The evidence page: what was signed (hash, version, state) and what happened to it, in order. */
import { Page, Text } from '@react-pdf/renderer';
import type { AgreementData } from '#templates/to-agreement-data';
import { A4_HEIGHT, styles } from '#templates/theme';
import type { Annex } from './annexes';
import type { PageMap } from '#templates/pdf/page-map';
import { BlockView } from './block-view';
import { FieldRows } from '#templates/pdf/field-rows';
import { PageFurniture } from './page-furniture';
import { SectionHeading } from '#templates/pdf/section-heading';

export function EvidencePage({ data, annexes, pages }: { data: AgreementData; annexes: Annex[]; pages: PageMap }) {
  const { evidence } = data;
  return (
    <Page size="A4" style={styles.page} experimentalPagination>
      <PageFurniture data={data} height={A4_HEIGHT} />
      <SectionHeading id={evidence.id} title={evidence.title} pages={pages} />
      <Text style={styles.paragraph}>{evidence.intro}</Text>
      <FieldRows fields={evidence.facts} />
      {evidence.blocks.map((block, j) => (
        <BlockView key={j} block={block} annexes={annexes} pages={pages} />
      ))}
    </Page>
  );
}
