/** A form ready to preview, print or save as PDF: one HTML document, A4, with its style inside. */
export interface PrintedDocument {
  readonly title: string;
  readonly html: string;
  /** Where the app serves it for the preview frame and printing (relative to the app's origin). */
  readonly url: string;
}
