/**
 * Printing through the desktop shell: the system print dialog (`webContents.print`) and a PDF written
 * where the user chooses (`printToPDF` + save dialog). Only the Electron app has one; in browser mode
 * the preview's own print dialog (with "Save as PDF") is used instead.
 */
export interface NativePrinting {
  /** Opens the system print dialog for the document at `url`; false when the user cancelled. */
  print(url: string): Promise<boolean>;
  /** Asks where to save and writes the PDF there; the path, or null when the user cancelled. */
  savePdf(url: string, suggestedName: string): Promise<string | null>;
}
