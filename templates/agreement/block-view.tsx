/** One printable block of a section or of the evidence page (see blocks.ts for the kinds). */
import { Text, View } from '@react-pdf/renderer';
import type { Block } from './blocks';
import { styles } from '#templates/theme';
import { agreementCopy } from './copy';
import type { Annex } from './annexes';
import type { PageMap } from '#templates/pdf/page-map';
import { FieldRows } from '#templates/pdf/field-rows';
import { PORTRAIT, Table } from '#templates/pdf/table';
import { Paragraphs } from '#templates/pdf/text';

export function BlockView({ block, annexes, pages }: { block: Block; annexes: Annex[]; pages: PageMap }) {
  switch (block.kind) {
    case 'heading':
      return <Text style={styles.h3}>{block.text}</Text>;
    case 'fields':
      return <FieldRows fields={block.fields} />;
    case 'text':
      return (
        <View>
          <Text style={styles.label}>{block.label}</Text>
          <Paragraphs text={block.text} />
        </View>
      );
    case 'list':
      return (
        <View>
          <Text style={styles.label}>{block.label}</Text>
          {block.items.map((item, i) => (
            <View key={i} style={styles.bullet} wrap={false}>
              <Text style={styles.bulletMark}>•</Text>
              <Text style={styles.bulletText}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case 'table': {
      const annex = annexes.find((a) => a.block === block);
      if (annex) {
        return (
          <Text
            style={styles.note}
            render={() => agreementCopy.annexReference(annex.number, block.rows.length, String(pages.get(annex.id) ?? ''))}
          />
        );
      }
      return <Table label={block.label} columns={block.columns} rows={block.rows} note={block.note} area={PORTRAIT} />;
    }
    case 'note':
      return <Text style={styles.note}>{block.text}</Text>;
  }
}
