import { fileSlug } from '#src/domain/file-name';

/** "jongerenwerk-op-school-concept.pdf": a downloaded agreement PDF, named after the dossier. */
export const pdfFileName = (title: string, suffix: string) => `${fileSlug(title, 'overeenkomst')}-${suffix}.pdf`;
