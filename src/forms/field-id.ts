/** DOM id of the input for a form path such as `partners.0.name`; the error summary links to it. */
export const fieldId = (name: string) => `veld-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
export const hintId = (name: string) => `${fieldId(name)}-hint`;
export const errorId = (name: string) => `${fieldId(name)}-fout`;
export const countId = (name: string) => `${fieldId(name)}-tekens`;
