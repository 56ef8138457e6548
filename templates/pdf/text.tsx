/** The text pieces every part of a PDF document is built from. */
import { Text, View } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import { styles } from '#templates/theme';

const FULL_HASH = /^[0-9a-f]{64}$/;

/** Titles are never hyphenated. */
export const keepWhole = (word: string) => [word];

/**
 * Text that may hold line breaks, one <Text> per line: a "\n" inside a <Text> would make react-pdf
 * fall back to a non-embedded font for it.
 */
export function Lines({ text, style, first }: { text: string; style?: Style | Style[]; first?: Style }) {
  const lines = text.split('\n');
  const base = [style ?? {}].flat();
  return (
    <>
      {lines.map((line, i) => (
        // A full SHA-256 has no place to break: smaller type keeps it on the line.
        <Text key={i} style={[...base, ...(i === 0 && first ? [first] : []), ...(FULL_HASH.test(line) ? [styles.hash] : [])]}>
          {line}
        </Text>
      ))}
    </>
  );
}

/**
 * A box holding text: a single line is one <Text> carrying the box's style, several lines a <View>
 * around one <Text> per line. Every node costs layout time on every page it lands on, and most cells
 * and values are one line.
 */
export function Box({ text, style, first }: { text: string; style: Style | Style[]; first?: Style }) {
  if (text.includes('\n')) {
    return (
      <View style={style}>
        <Lines text={text} first={first} />
      </View>
    );
  }
  return <Lines text={text} style={style} first={first} />;
}

/** Paragraphs separated by blank lines. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((p, i) => (
        <View key={i} style={styles.paragraph}>
          <Lines text={p.trim()} />
        </View>
      ))}
    </>
  );
}
