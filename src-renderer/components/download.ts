import { withWebToken } from '../api/web-bridge';
/** Hands a file to the user: in Electron the download asks where to save it, in a browser it downloads. */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A text file (CSV by default). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file that main produced (base64): bundles, enrolment files, spreadsheets. */
export function downloadBase64(fileName: string, dataBase64: string, type = 'application/octet-stream'): void {
  downloadBlob(fileName, new Blob([Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))], { type }));
}

/** A file main wrote to disk, downloaded from the address main serves it at (bundles with thousands of scans). */
export function downloadUrl(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = withWebToken(new URL(url, `${window.location.origin}/`));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
