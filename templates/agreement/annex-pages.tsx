/** The annexes: the wide tables, each under its own heading, on landscape pages. */
import { Page } from '@react-pdf/renderer';
import type { AgreementData } from '#templates/to-agreement-data';
import { A4_WIDTH, styles } from '#templates/theme';
import type { Annex } from './annexes';
import type { PageMap } from '#templates/pdf/page-map';
import { PageFurniture } from './page-furniture';
import { SectionHeading } from '#templates/pdf/section-heading';
import { LANDSCAPE, Table } from '#templates/pdf/table';

export function AnnexPages({ data, annexes, pages }: { data: AgreementData; annexes: Annex[]; pages: PageMap }) {
  return (
    <Page size="A4" orientation="landscape" style={styles.page} experimentalPagination>
      <PageFurniture data={data} height={A4_WIDTH} />
      {annexes.map((annex, i) => [
        <SectionHeading key={`${annex.id}-kop`} id={annex.id} title={annex.title} pages={pages} breakBefore={i > 0} />,
        <Table
          key={annex.id}
          label={annex.block.label}
          columns={annex.block.columns}
          rows={annex.block.rows}
          note={annex.block.note}
          area={LANDSCAPE}
        />,
      ])}
    </Page>
  );
}
