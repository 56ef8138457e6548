/** What the signature page prints: one block per partner organisation, signed, open or voided. */
import type { AgreementContent } from '#src/domain/agreement/content';
import { shortHash } from '#src/domain/agreement/canonical';
import { PARTNER_KIND_LABELS } from '#src/domain/partners';
import { agreementCopy } from './copy';
import { dateTimeAmsterdam } from './blocks';
import type { AgreementMeta } from './meta';

export interface SignatureBlock {
  organisation: string;
  kind: string;
  state: 'signed' | 'open' | 'voided';
  name: string;
  function: string;
  authority: string;
  method: 'typed' | 'drawn' | null;
  methodLabel: string;
  /** The drawn signature as a `data:image/png;base64,` URL. */
  image: string | null;
  signedAt: string;
}

const SIGNATURE_LABEL_KEYS = ['name', 'function', 'authority', 'signedAt', 'method', 'notSigned', 'voided'] as const;
/** The texts around each signature: strings only, as all of AgreementData, which crosses to the render thread. */
export type SignatureLabels = Pick<typeof agreementCopy.signatures, (typeof SIGNATURE_LABEL_KEYS)[number]>;
const SIGNATURE_LABELS = Object.fromEntries(SIGNATURE_LABEL_KEYS.map((k) => [k, agreementCopy.signatures[k]])) as SignatureLabels;

export interface SignaturesData {
  id: string;
  title: string;
  intro: string;
  labels: SignatureLabels;
  blocks: SignatureBlock[];
}

export function signaturesData(content: AgreementContent, meta: AgreementMeta): SignaturesData {
  return {
    id: 'ondertekening',
    title: agreementCopy.signatures.title,
    intro: agreementCopy.signatures.intro(meta.draft ? null : meta.number, shortHash(meta.hash)),
    labels: SIGNATURE_LABELS,
    blocks: signatureBlocks(content, meta),
  };
}

function signatureBlocks(content: AgreementContent, meta: AgreementMeta): SignatureBlock[] {
  const s = agreementCopy.signatures;
  return content.partners.map((partner) => {
    const given = meta.signatures.filter((sig) => sig.organisation === partner.id);
    const signature = given.find((sig) => !sig.voidedAt) ?? given.at(-1);
    const base = { organisation: partner.name, kind: PARTNER_KIND_LABELS[partner.kind] ?? partner.kind };
    if (!signature) {
      return {
        ...base,
        state: 'open',
        name: '',
        function: '',
        authority: '',
        method: null,
        methodLabel: '',
        image: null,
        signedAt: '',
      } satisfies SignatureBlock;
    }
    return {
      ...base,
      state: signature.voidedAt ? 'voided' : 'signed',
      name: signature.name,
      function: signature.function,
      authority: signature.mandate ? s.mandate(signature.mandate) : s.authorised(partner.name),
      method: signature.method,
      methodLabel: s.methods[signature.method],
      image: signature.method === 'drawn' ? signature.image : null,
      signedAt: dateTimeAmsterdam(signature.signedAt),
    } satisfies SignatureBlock;
  });
}
