/** People's own words, each with who said it. */
import { Text, View } from '@react-pdf/renderer';
import { styles } from '#templates/theme';
import { Lines } from '#templates/pdf/text';
import type { Quote } from './parts';

export function Quotes({ label, items }: { label: string; items: Quote[] }) {
  return (
    <View>
      <Text style={styles.label} minPresenceAhead={40}>
        {label}
      </Text>
      {items.map((q, i) => (
        // Short quotes stay on one page; a long one may run on (one taller than a page would be cut off).
        <View key={i} style={styles.quote} wrap={q.text.length > 600}>
          <Text style={styles.quoteMark}>“</Text>
          <View style={styles.quoteBody}>
            <Lines text={q.text} />
            <Text style={styles.quoteWho}>{q.who}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
