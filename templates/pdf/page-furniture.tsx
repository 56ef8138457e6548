/** Header, footer, banner and watermark of every page of one orientation, for any of our documents. */
import { Text, View } from '@react-pdf/renderer';
import { pageFrame, styles } from '#templates/theme';
import { pdfCopy } from './copy';

export interface RunningText {
  /** Left in the header: what the document is. */
  title: string;
  /** Right in the header and left in the footer: which edition it is. */
  edition: string;
  /** Across the top of every page (a state that matters, such as "concept"), or null. */
  banner?: string | null;
  /** Large and faint across every page, or null. */
  watermark?: string | null;
}

export function PageFurniture({ running, height }: { running: RunningText; height: number }) {
  const frame = pageFrame(height);
  return (
    <>
      <View style={styles.header} fixed>
        <Text style={styles.headerTitle}>{running.title}</Text>
        <Text>{running.edition}</Text>
      </View>
      {running.banner ? (
        <Text style={styles.banner} fixed>
          {running.banner}
        </Text>
      ) : null}
      {running.watermark ? (
        <Text style={[styles.watermark, frame.watermark]} fixed>
          {running.watermark}
        </Text>
      ) : null}
      <View style={[styles.footer, frame.footer]} fixed>
        <Text>{running.edition}</Text>
        <Text render={({ pageNumber, totalPages }) => pdfCopy.page(pageNumber, totalPages ?? pageNumber)} />
      </View>
    </>
  );
}
