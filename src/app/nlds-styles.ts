/**
 * The style sheets of the NL Design System components this app renders, and no others: the whole
 * component library's CSS was 400 KB, two thirds of it for components nobody here uses. A component
 * used without its style sheet here fails `nlds-styles.test.ts`, which reads every import of
 * @utrecht/component-library-react in the code.
 */
import '@utrecht/document-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/button-group-css/dist/index.css';
import '@utrecht/button-link-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
// The React Checkbox draws the custom (themed) box, whose rules live in their own package.
import '@utrecht/custom-checkbox-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/heading-4-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/ordered-list-css/dist/index.css';
import '@utrecht/page-css/dist/index.css';
import '@utrecht/page-content-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/pre-heading-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/status-badge-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';

/** Per React component of @utrecht/component-library-react: the style sheet above that styles it. */
export const STYLE_SHEET_OF: Record<string, string> = {
  Alert: 'alert',
  Button: 'button',
  ButtonGroup: 'button-group',
  ButtonLink: 'button-link',
  Checkbox: 'checkbox',
  DataList: 'data-list',
  DataListItem: 'data-list',
  DataListKey: 'data-list',
  DataListValue: 'data-list',
  Fieldset: 'form-fieldset',
  FieldsetLegend: 'form-fieldset',
  FormField: 'form-field',
  FormFieldDescription: 'form-field-description',
  FormFieldErrorMessage: 'form-field-error-message',
  FormLabel: 'form-label',
  Heading1: 'heading-1',
  Heading2: 'heading-2',
  Heading3: 'heading-3',
  Heading4: 'heading-4',
  // Renders Heading1–6 by its level; this app passes levels 2–4 only, whose sheets are all above.
  Heading: 'heading-2',
  Link: 'link',
  OrderedList: 'ordered-list',
  OrderedListItem: 'ordered-list',
  Page: 'page',
  PageContent: 'page-content',
  PageFooter: 'page-footer',
  PageHeader: 'page-header',
  Paragraph: 'paragraph',
  PreHeading: 'pre-heading',
  RadioButton: 'radio-button',
  Select: 'select',
  SelectOption: 'select',
  SkipLink: 'skip-link',
  StatusBadge: 'status-badge',
  Table: 'table',
  TableBody: 'table',
  TableCaption: 'table',
  TableCell: 'table',
  TableFooter: 'table',
  TableHeader: 'table',
  TableHeaderCell: 'table',
  TableRow: 'table',
  Textarea: 'textarea',
  Textbox: 'textbox',
  UnorderedList: 'unordered-list',
  UnorderedListItem: 'unordered-list',
};
