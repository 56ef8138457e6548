/** People's own words, each with who said it (after the text, smaller, so a list of short answers stays short). */
import { Text, View } from '@react-pdf/renderer';
import { styles } from '#templates/theme';
import { Lines } from '#templates/pdf/text';
import { reportCopy } from './copy';
import type { Quote } from './parts';

/** Longer than this, a quote may run on to the next page (one taller than a page would be cut off). */
const KEEP_TOGETHER = 600;

export function Quotes({ label, items }: { label: string; items: Quote[] }) {
  return (
    <View>
      <Text style={styles.label} minPresenceAhead={40}>
        {label}
      </Text>
      {items.map((q, i) => (
        <View key={i} style={styles.quote} wrap={q.text.length > KEEP_TOGETHER}>
          <Text style={styles.quoteMark}>{reportCopy.quoteMark}</Text>
          {q.text.includes('\n') ? (
            <View style={styles.quoteBody}>
              <Lines text={q.text} />
              <Text style={styles.quoteWho}>{reportCopy.quoteBy(q.who)}</Text>
            </View>
          ) : (
            // One line of text: who said it follows on the same line.
            <Text style={styles.quoteBody}>
              {q.text}
              <Text style={styles.quoteWho}>{reportCopy.quoteBy(q.who)}</Text>
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}
