/** What the report needs besides the round's results and trends: which dossier, and when it was made. */
export interface EvaluationReportMeta {
  dossierId: string;
  /** The partnership's (dossier's) title. */
  title: string;
  gemeente: string;
  /** When this report was made (ISO timestamp). */
  generatedAt: string;
}
