/** The signature page: heading, intro and one signature block per partner organisation. */
import { Image, Text, View } from '@react-pdf/renderer';
import type { SignatureBlock, SignatureLabels, SignaturesData } from './signature-data';
import { styles } from '#templates/theme';
import type { PageMap } from '#templates/pdf/page-map';
import { SectionHeading } from '#templates/pdf/section-heading';

export function Signatures({ signatures, pages }: { signatures: SignaturesData; pages: PageMap }) {
  return (
    <>
      <SectionHeading id={signatures.id} title={signatures.title} pages={pages} breakBefore />
      <Text style={styles.paragraph}>{signatures.intro}</Text>
      {signatures.blocks.map((b, i) => (
        <Signature key={i} block={b} labels={signatures.labels} />
      ))}
    </>
  );
}

/** One partner's block: the signature (typed or drawn) or why there is none, and its facts. */
function Signature({ block, labels }: { block: SignatureBlock; labels: SignatureLabels }) {
  const facts: [string, string][] =
    block.state === 'open'
      ? []
      : [
          [labels.name, block.name],
          [labels.function, block.function],
          [labels.authority, block.authority],
          [labels.signedAt, block.signedAt],
          [labels.method, block.methodLabel],
        ];
  return (
    <View style={styles.signatureBlock} wrap={false}>
      <Text style={styles.signatureOrg}>{block.organisation}</Text>
      <Text style={styles.signatureKind}>{block.kind}</Text>
      <View style={styles.signatureRow}>
        <View style={styles.signatureMark}>
          {block.state === 'signed' && block.image ? <Image src={block.image} style={styles.drawnSignature} /> : null}
          {block.state === 'signed' && !block.image ? <Text style={styles.typedSignature}>{block.name}</Text> : null}
          {block.state === 'open' ? <Text style={styles.signatureEmpty}>{labels.notSigned}</Text> : null}
          {block.state === 'voided' ? <Text style={styles.signatureEmpty}>{labels.voided}</Text> : null}
        </View>
        <View style={styles.signatureFacts}>
          {facts.map(([label, value]) => (
            <View key={label} style={styles.signatureFactRow}>
              <Text style={styles.signatureFactLabel}>{label}</Text>
              <Text style={styles.signatureFactValue}>{value}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
