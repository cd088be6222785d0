import { useCallback, useEffect, useRef, useState } from 'react';
import { ACCEPTED_MIME_TYPES, DEFAULT_MAX_INPUT_BYTES, type AttachmentKind } from '../../src-shared/attachments/kinds';
import { ATTACHABLE_RECORDS, type AttachableTable } from '../../src-shared/attachments/records';
import { ATTACHMENT_KIND_LABELS, attachmentsText } from '../../src-shared/attachments/text';
import type { Result } from '../../src-shared/contract/define';
import type { AttachmentInfo, RecordAttachments } from '../../src-shared/contract/types';
import { call } from '../api/client';
import { FormError, Notice } from '../components/fields';
import { AttachmentTile } from './AttachmentTile';
import { CameraCapture } from './CameraCapture';
import { DocumentFlag, FlagDocumentForm } from './FlagDocument';
import { InboxTray } from './InboxTray';
import { readAsBase64 } from './read-file';
import { Viewer } from './Viewer';

const t = attachmentsText.ui;
const LIMIT_MB = DEFAULT_MAX_INPUT_BYTES / (1024 * 1024);

interface PanelProps {
  readonly recordTable: AttachableTable;
  readonly recordId: string;
  readonly heading: string;
  /** A coordinator looking at a facility's record: view and flag, never add or replace. */
  readonly review?: boolean;
}

/** A record's documents: thumbnails, view, replace (history kept), and four ways in. */
export function AttachmentsPanel({ recordTable, recordId, heading, review = false }: PanelProps) {
  const kinds: readonly AttachmentKind[] = ATTACHABLE_RECORDS[recordTable].kinds;
  const [docs, setDocs] = useState<RecordAttachments>({ current: [], history: [] });
  const [kind, setKind] = useState<AttachmentKind>(kinds[0] ?? 'other');
  const [grayscale, setGrayscale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [viewing, setViewing] = useState<AttachmentInfo | null>(null);
  const [camera, setCamera] = useState(false);
  const [tray, setTray] = useState(false);
  const [replacing, setReplacing] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const ref = { recordTable, recordId };

  useEffect(() => {
    void call('attachments.list', { recordTable, recordId }).then((result) => {
      if (result.ok) setDocs(result.value);
      else setError(result.error.message);
    });
  }, [recordTable, recordId]);

  const finish = useCallback((result: Result<RecordAttachments>, name: string) => {
    setBusy(false);
    setReplacing(null);
    if (result.ok) {
      setDocs(result.value);
      setMessage(t.saved(name));
      setError(null);
    } else {
      setMessage(null);
      setError(result.error.fieldErrors?.file ?? result.error.fieldErrors?.kind ?? result.error.message);
    }
  }, []);

  const upload = async (file: Blob, name: string) => {
    if (file.size > DEFAULT_MAX_INPUT_BYTES) {
      setError(attachmentsText.errors.tooLargeBeforeSending(name, LIMIT_MB));
      return;
    }
    setBusy(true);
    setMessage(null);
    const dataBase64 = await readAsBase64(file);
    finish(await call('attachments.upload', { ...ref, kind, fileName: name, dataBase64, grayscale, replacesLinkId: replacing }), name);
  };

  const assign = async (name: string) => {
    setBusy(true);
    finish(await call('attachments.assignFromInbox', { ...ref, kind, name, grayscale, replacesLinkId: replacing }), name);
  };

  return (
    <section
      className="card attachments"
      aria-label={heading}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        const file = event.dataTransfer.files[0];
        if (file) void upload(file, file.name);
      }}
    >
      <h2>{heading}</h2>
      {docs.current.length === 0 ? <p>{t.none}</p> : null}
      <ul className="tiles">
        {docs.current.map((doc) => (
            <AttachmentTile
              key={doc.linkId}
              doc={doc}
              onView={() => setViewing(doc)}
              {...(review
                ? {}
                : {
                    onReplace: () => {
                      setReplacing(doc.linkId);
                      setKind(doc.kind);
                      setMessage(null);
                    },
                  })}
              replacing={replacing === doc.linkId}
            >
              <DocumentFlag doc={doc} />
              {review ? <FlagDocumentForm doc={doc} /> : null}
            </AttachmentTile>
        ))}
      </ul>
      {docs.history.length > 0 ? (
        <details>
          <summary>{t.history(docs.history.length)}</summary>
          <ul className="tiles">
            {docs.history.map((doc) => (
              <AttachmentTile key={doc.linkId} doc={doc} onView={() => setViewing(doc)} />
            ))}
          </ul>
        </details>
      ) : null}
      {replacing ? (
        <Notice tone="warning">
          {t.replaceHint}{' '}
          <button type="button" className="link-button" onClick={() => setReplacing(null)}>
            {t.cancelReplace}
          </button>
        </Notice>
      ) : null}
      {review ? null : (
      <div className="attach-controls">
        {kinds.length > 1 ? (
          <label>
            {t.kind}{' '}
            <select value={kind} onChange={(event) => setKind(event.target.value as AttachmentKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {ATTACHMENT_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="hint">
            {t.kind}: {ATTACHMENT_KIND_LABELS[kind]}
          </p>
        )}
        <label className="inline-check">
          <input type="checkbox" checked={grayscale} onChange={(event) => setGrayscale(event.target.checked)} /> {t.grayscale}
        </label>
        <div className="button-row">
          <button type="button" className="primary" disabled={busy} onClick={() => picker.current?.click()}>
            {t.pick}
          </button>
          <button type="button" disabled={busy} onClick={() => setCamera(true)}>
            {t.camera}
          </button>
          <button type="button" disabled={busy} onClick={() => setTray(!tray)} aria-expanded={tray}>
            {t.fromInbox}
          </button>
        </div>
        <p className="hint">
          {t.drop} {attachmentsText.accepted}
        </p>
        <input
          ref={picker}
          type="file"
          hidden
          aria-label={t.pick}
          accept={[...ACCEPTED_MIME_TYPES, '.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff', '.pdf'].join(',')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void upload(file, file.name);
          }}
        />
      </div>
      )}
      {busy ? <p role="status">{t.uploading}</p> : null}
      {message ? <Notice tone="success">{message}</Notice> : null}
      <FormError message={error} />
      {tray ? <InboxTray busy={busy} onAssign={(name) => void assign(name)} /> : null}
      {camera ? (
        <CameraCapture
          onClose={() => setCamera(false)}
          onPhoto={(photo) => {
            setCamera(false);
            void upload(photo, `foto-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.jpg`);
          }}
        />
      ) : null}
      {viewing ? <Viewer {...ref} doc={viewing} onClose={() => setViewing(null)} /> : null}
    </section>
  );
}
