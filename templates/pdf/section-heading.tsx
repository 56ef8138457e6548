/** A heading that records the page it lands on, for the table of contents, and is a PDF bookmark. */
import { Text, View } from '@react-pdf/renderer';
import { styles } from '#templates/theme';
import type { PageMap } from './page-map';
import { keepWhole } from './text';

export function SectionHeading({
  id,
  title,
  pages,
  breakBefore,
  keepWithNext = 90,
}: {
  id: string;
  title: string;
  pages: PageMap;
  breakBefore?: boolean;
  /** How much of what follows (in points) must fit under the heading, or it moves to the next page. */
  keepWithNext?: number;
}) {
  return (
    // react-pdf makes an outline entry of any node's `bookmark`; its types only allow it on <Page>.
    <View id={id} {...({ bookmark: { title, fit: true } } as object)} break={breakBefore} minPresenceAhead={keepWithNext}>
      <View
        render={({ pageNumber }) => {
          pages.set(id, pageNumber);
          return null;
        }}
      />
      <Text style={styles.h1} hyphenationCallback={keepWhole}>
        {title}
      </Text>
    </View>
  );
}
