/**
 * Page numbers of the sections by id, filled in while laying out (see section-heading.tsx) and read
 * after pagination by the table of contents and the annex references. One map per rendering.
 */
export type PageMap = Map<string, number>;
