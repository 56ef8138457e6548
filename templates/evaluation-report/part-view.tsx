/** One printable part of a report section (see parts.ts for the kinds). */
import { Text, View } from '@react-pdf/renderer';
import { styles } from '#templates/theme';
import { FieldRows } from '#templates/pdf/field-rows';
import { PORTRAIT, Table } from '#templates/pdf/table';
import { Paragraphs } from '#templates/pdf/text';
import type { Part } from './parts';
import { Quotes } from './quotes';
import { TrendChart } from './trend-chart';

export function PartView({ part }: { part: Part }) {
  switch (part.kind) {
    case 'heading':
      return (
        <Text style={styles.h3} minPresenceAhead={60}>
          {part.text}
        </Text>
      );
    case 'paragraph':
      return <Paragraphs text={part.text} />;
    case 'bullets':
      return (
        <View>
          {part.items.map((item, i) => (
            <View key={i} style={styles.bullet} wrap={false}>
              <Text style={styles.bulletMark}>•</Text>
              <Text style={styles.bulletText}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case 'fields':
      return <FieldRows fields={part.fields} />;
    case 'table':
      return (
        <Table label={part.label} columns={part.columns} rows={part.rows} note={part.note} marked={part.marked} area={PORTRAIT} />
      );
    case 'quotes':
      return <Quotes label={part.label} items={part.items} />;
    case 'chart':
      return <TrendChart chart={part.chart} />;
    case 'note':
      return <Text style={styles.note}>{part.text}</Text>;
  }
}
