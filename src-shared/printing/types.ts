/** A form ready to preview, print or save as PDF: one HTML document, A4, with its style inside. */
export interface PrintedDocument {
  readonly title: string;
  readonly html: string;
  /** Where the app serves it for the preview frame and printing (relative to the app's origin). */
  readonly url: string;
  /** The desktop app prints and saves PDFs itself; in browser mode the preview's print dialog does both. */
  readonly native: boolean;
}

export interface SavedPdf {
  /** Where the PDF was written; null when the user cancelled. */
  readonly path: string | null;
}
