/** Short answers as label and value side by side: on the cover, in sections and on the evidence page. */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { Field } from './types';
import { styles } from '#templates/theme';
import { Box } from './text';

export function FieldRows({ fields, style }: { fields: Field[]; style?: Style }) {
  return (
    <View style={[styles.fields, style ?? {}]}>
      {fields.map((f, i) => (
        <View key={i} style={styles.fieldRow} wrap={false}>
          <Text style={styles.fieldLabel}>{f.label}</Text>
          <Box style={styles.fieldValue} text={f.value} />
        </View>
      ))}
    </View>
  );
}
