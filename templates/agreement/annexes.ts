/** Which tables are printed as annexes: the wide ones, numbered in the order they appear. */
import type { AgreementData } from '#templates/to-agreement-data';
import type { Block } from './blocks';
import { agreementCopy } from './copy';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** A wide table printed as an annex in landscape; its place in the section holds a reference. */
export interface Annex {
  id: string;
  number: number;
  title: string;
  block: TableBlock;
}

export function annexesOf(data: AgreementData): Annex[] {
  const tables = data.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table' && !!b.annex);
  return tables.map((block, i) => ({
    id: `bijlage-${i + 1}`,
    number: i + 1,
    title: agreementCopy.annex(i + 1, block.annex!),
    block,
  }));
}
