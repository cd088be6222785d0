import { useEffect, useRef, useState } from 'react';
import type { PrintedDocument } from '../../src-shared/printing/types';
import { printUi } from '../../src-shared/printing/ui-text';
import { call } from '../api/client';
import { withWebToken } from '../api/web-bridge';

/**
 * The printed form as it will come out of the printer (A4), in a frame the app serves with its own strict
 * policy. The desktop app prints through the system dialog and saves PDFs itself; in a browser the
 * frame's print dialog does both ("Guardar como PDF" is one of its printers).
 */
export function PrintPreview({ document: printed, onClose }: { document: PrintedDocument; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  const src = withWebToken(new URL(printed.url, `${window.location.origin}/`));
  const toPrinter = async () => {
    setStatus(null);
    const result = await call('print.toPrinter', { url: printed.url });
    if (!result.ok) setStatus({ text: result.error.message, error: true });
  };
  const savePdf = async () => {
    setStatus(null);
    const result = await call('print.savePdf', { url: printed.url });
    if (!result.ok) setStatus({ text: result.error.message, error: true });
    else if (result.value.path) setStatus({ text: printUi.savedAt(result.value.path), error: false });
  };
  return (
    <dialog
      ref={dialog}
      className="viewer"
      aria-label={printUi.previewOf(printed.title)}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="viewer-toolbar">
        <strong className="viewer-name">{printed.title}</strong>
        {printed.native ? (
          <>
            <button type="button" className="primary" onClick={() => void toPrinter()}>
              {printUi.toPrinter}
            </button>
            <button type="button" onClick={() => void savePdf()}>
              {printUi.savePdf}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => frame.current?.contentWindow?.print()}>
            {printUi.print}
          </button>
        )}
        <button type="button" onClick={onClose} autoFocus>
          {printUi.close}
        </button>
        {status ? (
          <span role={status.error ? 'alert' : 'status'} className={status.error ? 'viewer-error' : 'viewer-status'}>
            {status.text}
          </span>
        ) : null}
      </div>
      <div className="print-desk">
        <div className="print-paper">
          <iframe ref={frame} className="print-frame" src={src} title={printUi.previewOf(printed.title)} />
        </div>
      </div>
    </dialog>
  );
}
