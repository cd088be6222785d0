import { useState } from 'react';
import { attachmentsText } from '../../src-shared/attachments/text';
import type { AttachmentInfo } from '../../src-shared/contract/types';
import { call } from '../api/client';
import { FormError, Notice } from '../components/fields';

const t = attachmentsText.flags;

/** What the coordination said about a document, shown on it at the facility until it is replaced. */
export function DocumentFlag({ doc }: { doc: AttachmentInfo }) {
  return doc.flagMessage ? <Notice tone="warning">{t.shown(doc.flagMessage)}</Notice> : null;
}

/**
 * Seed 004: the program checks the attachments and asks the facility to correct them. A coordinator flags
 * a facility's document with a message; it travels down as a correction (Sincronización).
 */
export function FlagDocumentForm({ doc }: { doc: AttachmentInfo }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState(doc.flagMessage);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} aria-label={`${t.button}: ${doc.originalName}`}>
        {t.button}
      </button>
    );
  }
  const save = async () => {
    const result = await call('sync.correct', { table: 'attachment_links', id: doc.linkId, changes: { flag_message: message }, reason: reason || t.defaultReason });
    if (result.ok) {
      setSaved(true);
      setError(null);
    } else setError(result.error.fieldErrors?.flag_message ?? result.error.message);
  };
  return (
    <div className="stack">
      <label className="stack">
        {t.message}
        <textarea rows={2} value={message} onChange={(event) => setMessage(event.target.value)} />
      </label>
      <label className="stack">
        {t.reason}
        <input value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <FormError message={error} />
      {saved ? <Notice tone="success">{t.saved}</Notice> : null}
      <button type="button" onClick={() => void save()}>
        {t.save}
      </button>
    </div>
  );
}
