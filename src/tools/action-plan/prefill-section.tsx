import type { ReactNode } from 'react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading4,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { StepId } from '#src/domain/step';
import { EditInStep } from './step-link';
import { actionPlanCopy } from './copy';

/** One read-only block of part A or C: a heading, what another step holds, and where to change it. */
export function PrefillSection({
  id,
  title,
  stepId,
  empty,
  emptyText = actionPlanCopy.partA.empty,
  children,
}: {
  id: string;
  title: string;
  stepId: StepId;
  empty: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="sw-prefill">
      <Heading4 id={id}>{title}</Heading4>
      {empty ? <Paragraph className="sw-muted">{emptyText}</Paragraph> : children}
      <EditInStep stepId={stepId} />
    </section>
  );
}

/** Key–value pairs; pairs without a value are left out. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  const shown = items.filter(([, value]) => value !== '' && value !== null && value !== undefined);
  if (shown.length === 0) return null;
  return (
    <DataList className="sw-facts">
      {shown.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue multiline>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

export function Items({ items }: { items: ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <UnorderedList>
      {items.map((item, i) => (
        <UnorderedListItem key={i}>{item}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
