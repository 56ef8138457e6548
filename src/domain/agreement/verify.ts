/** What `POST /api/verify` answers about an uploaded PDF; shared by the server and the verify page. */
export interface VerifyResult {
  /** The file carries a valid seal of Samenwerkwijzer. */
  sealed: boolean;
  /** The file is exactly a sealed version: not one byte changed. */
  unaltered: boolean;
  dossierId?: string;
  version?: number;
  /** SHA-256 of that version's content. */
  hash?: string;
  /** The outcome in plain Dutch. */
  message: string;
}
