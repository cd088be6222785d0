/** A form ready to preview, print or save as PDF: one HTML document, A4, with its style inside. */
export interface PrintedDocument {
  readonly title: string;
  readonly html: string;
}
