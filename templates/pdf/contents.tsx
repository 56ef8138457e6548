/** A table of contents: linked titles, with page numbers filled in once every heading is placed. */
import { Link, Text, View } from '@react-pdf/renderer';
import { styles } from '#templates/theme';
import type { PageMap } from './page-map';

export function Contents({ title, entries, pages }: { title: string; entries: { id: string; title: string }[]; pages: PageMap }) {
  return (
    <View break>
      <Text style={styles.h1}>{title}</Text>
      {entries.map((entry) => (
        <View key={entry.id} style={styles.tocRow} wrap={false}>
          <Link src={`#${entry.id}`} style={styles.tocTitle}>
            {entry.title}
          </Link>
          {/* Resolved after pagination, when every heading knows its page. */}
          <View
            style={styles.tocPageBox}
            render={() => <Text style={styles.tocPage}>{String(pages.get(entry.id) ?? '')}</Text>}
          />
        </View>
      ))}
    </View>
  );
}
