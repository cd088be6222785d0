import { useEffect, useRef } from 'react';
import type { PrintedDocument } from '../../src-shared/printing/types';
import { printUi } from '../../src-shared/printing/ui-text';

/**
 * The printed form as it will come out of the printer (A4), in a frame the app serves with its own strict
 * policy; "Imprimir" opens the system dialog, where "Guardar como PDF" is also offered.
 */
export function PrintPreview({ document: printed, onClose }: { document: PrintedDocument; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  const src = new URL(printed.url, `${window.location.origin}/`).toString();
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
        <button type="button" className="primary" onClick={() => frame.current?.contentWindow?.print()}>
          {printUi.print}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          {printUi.close}
        </button>
      </div>
      <iframe ref={frame} className="print-frame" src={src} title={printUi.previewOf(printed.title)} />
    </dialog>
  );
}
