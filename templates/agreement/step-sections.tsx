/** The steps' sections, each a heading and its blocks; the first starts on a new page. */
import { View } from '@react-pdf/renderer';
import type { AgreementData } from '#templates/to-agreement-data';
import type { Annex } from './annexes';
import type { PageMap } from '#templates/pdf/page-map';
import { BlockView } from './block-view';
import { SectionHeading } from '#templates/pdf/section-heading';

export function StepSections({
  sections,
  annexes,
  pages,
}: {
  sections: AgreementData['sections'];
  annexes: Annex[];
  pages: PageMap;
}) {
  return (
    <>
      {sections.map((section, i) => (
        // A `break` must sit on a child of the page: nested in a wrapping view, react-pdf never places it.
        // This component adds no view of its own, so each section's view is still the page's child.
        <View key={section.id} break={i === 0}>
          <SectionHeading id={section.id} title={section.title} pages={pages} />
          {section.blocks.map((block, j) => (
            <BlockView key={j} block={block} annexes={annexes} pages={pages} />
          ))}
        </View>
      ))}
    </>
  );
}
