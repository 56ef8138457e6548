/** The report's cover: round and partnership, the facts of the round, and who answered per organisation. */
import { Text, View } from '@react-pdf/renderer';
import type { EvaluationReportData } from '#templates/to-evaluation-report-data';
import { styles } from '#templates/theme';
import { FieldRows } from '#templates/pdf/field-rows';
import { PORTRAIT, Table } from '#templates/pdf/table';
import { keepWhole } from '#templates/pdf/text';

export function Cover({ cover }: { cover: EvaluationReportData['cover'] }) {
  return (
    <View>
      <View style={styles.coverTop}>
        <Text style={styles.coverKicker}>{cover.kicker}</Text>
        <Text style={styles.coverTitle} hyphenationCallback={keepWhole}>
          {cover.title}
        </Text>
        <Text style={styles.coverSubtitle}>{cover.subtitle}</Text>
      </View>
      <View style={styles.coverBlock}>
        <Text style={styles.coverLabel}>{cover.factsLabel}</Text>
        <FieldRows fields={cover.facts} style={{ marginTop: 0 }} />
      </View>
      <View style={styles.coverBlock}>
        <Text style={styles.coverLabel}>{cover.organisations.label}</Text>
        <Table label="" columns={cover.organisations.columns} rows={cover.organisations.rows} area={PORTRAIT} />
      </View>
    </View>
  );
}
