/** Header, footer, banner and watermark of every page of one orientation. */
import { Text, View } from '@react-pdf/renderer';
import type { AgreementData } from '#templates/to-agreement-data';
import { pageFrame, styles } from '#templates/theme';
import { agreementCopy } from './copy';

export function PageFurniture({ data, height }: { data: AgreementData; height: number }) {
  const { running } = data;
  const frame = pageFrame(height);
  return (
    <>
      <View style={styles.header} fixed>
        <Text style={styles.headerTitle}>{running.title}</Text>
        <Text>
          {running.version} · {agreementCopy.hashLabel} {running.shortHash}
        </Text>
      </View>
      {running.banner ? (
        <Text style={styles.banner} fixed>
          {running.banner}
        </Text>
      ) : null}
      {data.status === 'concept' ? (
        <Text style={[styles.watermark, frame.watermark]} fixed>
          {agreementCopy.watermark}
        </Text>
      ) : null}
      <View style={[styles.footer, frame.footer]} fixed>
        <Text>
          {running.version} · {agreementCopy.hashLabel} {running.shortHash}
        </Text>
        <Text render={({ pageNumber, totalPages }) => agreementCopy.page(pageNumber, totalPages ?? pageNumber)} />
      </View>
    </>
  );
}
