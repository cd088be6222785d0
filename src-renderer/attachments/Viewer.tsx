import { useEffect, useRef, useState } from 'react';
import type { AttachableTable } from '../../src-shared/attachments/records';
import { attachmentsText } from '../../src-shared/attachments/text';
import type { AttachmentInfo } from '../../src-shared/contract/types';
import { call } from '../api/client';
import { FormError } from '../components/fields';
import { openPdf, type OpenPdf } from './pdf-pages';

const t = attachmentsText.ui;
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

interface ViewerProps {
  readonly recordTable: AttachableTable;
  readonly recordId: string;
  readonly doc: AttachmentInfo;
  readonly onClose: () => void;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Full view of a document: zoom, rotate and, for PDFs, page by page. Keys: + − r, ← →, Esc. */
export function Viewer({ recordTable, recordId, doc, onClose }: ViewerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [imageUrl, setImageUrl] = useState<string | null>(null);
  const [pdf, setPdf] = useState<OpenPdf | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoom, setZoom] = useState(2);
  const [rotation, setRotation] = useState(0);
  const [page, setPage] = useState(1);

  useEffect(() => {
    dialog.current?.showModal();
    let opened: OpenPdf | null = null;
    let cancelled = false;
    void call('attachments.content', { recordTable, recordId, linkId: doc.linkId }).then(async (result) => {
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      if (result.value.mime === 'application/pdf') {
        opened = await openPdf(base64ToBytes(result.value.dataBase64));
        if (cancelled) opened.close();
        else setPdf(opened);
      } else setImageUrl(`data:${result.value.mime};base64,${result.value.dataBase64}`);
    });
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, [recordTable, recordId, doc.linkId]);

  const scale = ZOOMS[zoom] ?? 1;
  useEffect(() => {
    if (pdf && canvas.current) void pdf.render(page, canvas.current, scale * 1.4, rotation);
  }, [pdf, page, scale, rotation]);

  const pageCount = pdf?.pageCount ?? 1;
  const zoomIn = () => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1));
  const zoomOut = () => setZoom((z) => Math.max(0, z - 1));
  const rotate = () => setRotation((r) => (r + 90) % 360);
  const goTo = (n: number) => setPage(Math.min(pageCount, Math.max(1, n)));

  return (
    <dialog
      ref={dialog}
      className="viewer"
      aria-label={t.viewerTitle(doc.originalName)}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.target instanceof HTMLInputElement) return;
        if (event.key === '+') zoomIn();
        else if (event.key === '-') zoomOut();
        else if (event.key === 'r') rotate();
        else if (event.key === 'ArrowRight' || event.key === 'PageDown') goTo(page + 1);
        else if (event.key === 'ArrowLeft' || event.key === 'PageUp') goTo(page - 1);
      }}
    >
      <div className="viewer-toolbar">
        <strong className="viewer-name">{doc.originalName}</strong>
        <button type="button" onClick={zoomOut} aria-label={t.zoomOut}>
          −
        </button>
        <span aria-live="polite">{Math.round(scale * 100)} %</span>
        <button type="button" onClick={zoomIn} aria-label={t.zoomIn}>
          +
        </button>
        <button type="button" onClick={rotate}>
          {t.rotate}
        </button>
        <button type="button" onClick={() => setZoom(2)}>
          {t.fit}
        </button>
        {pdf ? (
          <span className="viewer-pages">
            <button type="button" onClick={() => goTo(page - 1)} disabled={page <= 1} aria-label={t.previousPage}>
              ←
            </button>
            <span aria-live="polite">{t.pageOf(page, pageCount)}</span>
            <button type="button" onClick={() => goTo(page + 1)} disabled={page >= pageCount} aria-label={t.nextPage}>
              →
            </button>
          </span>
        ) : null}
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t.close}
        </button>
      </div>
      <div className="viewer-stage">
        <FormError message={error} />
        {!error && !imageUrl && !pdf ? <p>{t.loading}</p> : null}
        {imageUrl ? (
          <img
            src={imageUrl}
            alt={doc.originalName}
            style={{ transform: `rotate(${rotation}deg)`, width: `${scale * 50}%` }}
          />
        ) : null}
        {pdf ? <canvas ref={canvas} aria-label={t.pageOf(page, pageCount)} /> : null}
      </div>
    </dialog>
  );
}
