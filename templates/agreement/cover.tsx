/** The cover: title, partners, period and the notes on the state of this version. */
import { Text, View } from '@react-pdf/renderer';
import type { AgreementData } from '#templates/to-agreement-data';
import { styles } from '#templates/theme';
import { agreementCopy } from './copy';
import { FieldRows } from '#templates/pdf/field-rows';
import { keepWhole } from '#templates/pdf/text';

export function Cover({ data }: { data: AgreementData }) {
  const { cover } = data;
  return (
    <View>
      <View style={styles.coverTop}>
        <Text style={styles.coverKicker}>{cover.documentTitle}</Text>
        <Text style={styles.coverTitle} hyphenationCallback={keepWhole}>
          {cover.title}
        </Text>
        <Text style={styles.coverSubtitle}>{cover.subtitle}</Text>
      </View>
      <View style={styles.coverBlock}>
        <Text style={styles.coverLabel}>{agreementCopy.cover.partners}</Text>
        {cover.partners.map((p, i) => (
          <View key={i} style={styles.partner} wrap={false}>
            <Text style={styles.partnerName}>{p.name}</Text>
            <Text style={styles.partnerKind}>{[p.kind, p.detail].filter(Boolean).join(' — ')}</Text>
          </View>
        ))}
      </View>
      <View style={styles.coverBlock}>
        <Text style={styles.coverLabel}>{agreementCopy.cover.period}</Text>
        <FieldRows fields={cover.facts} style={{ marginTop: 0 }} />
      </View>
      {cover.notes.map((n, i) => (
        <Text key={i} style={styles.coverNote}>
          {n}
        </Text>
      ))}
    </View>
  );
}
