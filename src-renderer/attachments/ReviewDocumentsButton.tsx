import { useEffect, useRef, useState } from 'react';
import { attachmentsText } from '../../src-shared/attachments/text';
import { AttachmentsPanel } from './AttachmentsPanel';

const t = attachmentsText.review;

/** At a microrred or red: a facility's prescription documents, to look at and flag (issue 14.7). */
export function ReviewDocumentsButton({ recordId, what }: { recordId: string; what: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" aria-label={`${t.button}: ${what}`} onClick={() => setOpen(true)}>
        {t.button}
      </button>
      {open ? <ReviewDialog recordId={recordId} what={what} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ReviewDialog({ recordId, what, onClose }: { recordId: string; what: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  return (
    <dialog ref={ref} className="history-dialog" aria-label={t.title(what)} onCancel={onClose}>
      <AttachmentsPanel recordTable="prescriptions" recordId={recordId} heading={t.title(what)} review />
      <button type="button" onClick={onClose}>
        {t.close}
      </button>
    </dialog>
  );
}
