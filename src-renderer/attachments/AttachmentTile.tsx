import type { ReactNode } from 'react';
import { attachmentsText, ATTACHMENT_KIND_LABELS } from '../../src-shared/attachments/text';
import { formatDate } from '../../src-shared/common/text';
import type { AttachmentInfo } from '../../src-shared/contract/types';

const t = attachmentsText.ui;

interface TileProps {
  readonly doc: AttachmentInfo;
  readonly onView: () => void;
  readonly onReplace?: () => void;
  readonly replacing?: boolean;
  /** Below the buttons: the coordination's observation, or the form to make one. */
  readonly children?: ReactNode;
}

export function AttachmentTile({ doc, onView, onReplace, replacing, children }: TileProps) {
  return (
    <li className={replacing ? 'tile replacing' : 'tile'}>
      <button type="button" className="tile-preview" onClick={onView} aria-label={`${t.view}: ${doc.originalName}`}>
        {doc.thumbnail ? <img src={doc.thumbnail} alt="" /> : <span className="pdf-badge">PDF</span>}
      </button>
      <div className="tile-text">
        <strong>{ATTACHMENT_KIND_LABELS[doc.kind]}</strong>
        <span className="hint">{doc.originalName}</span>
        <span className="hint">
          {t.pages(doc.pageCount)} · {t.size(Math.max(1, Math.round(doc.byteSize / 1024)))} · {formatDate(doc.createdAt)}
          {doc.replacedByLinkId ? ` · ${t.replacedOn}` : ''}
        </span>
      </div>
      <div className="button-row">
        <button type="button" onClick={onView}>
          {t.view}
        </button>
        {onReplace ? (
          <button type="button" onClick={onReplace}>
            {t.replace}
          </button>
        ) : null}
      </div>
      {children}
    </li>
  );
}
