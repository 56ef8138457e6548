import type { ReactNode } from 'react';
import { Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';

/** The frame of a tool inside a step form: a fieldset whose legend is a section heading, and an intro. */
export function ToolFieldset({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <Fieldset className="sw-tool">
      <FieldsetLegend>
        <Heading2 className="sw-tool-heading">{title}</Heading2>
      </FieldsetLegend>
      <Paragraph>{intro}</Paragraph>
      {children}
    </Fieldset>
  );
}
