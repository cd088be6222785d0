import { useEffect, useState } from 'react';
import { attachmentsText } from '../../src-shared/attachments/text';
import type { ScanInbox } from '../../src-shared/contract/types';
import { call } from '../api/client';

const t = attachmentsText.ui;
const POLL_MS = 2_000;

/** What the scanner saved in the inbox folder, refreshed every two seconds while open. */
export function InboxTray({ onAssign, busy }: { onAssign: (name: string) => void; busy: boolean }) {
  const [inbox, setInbox] = useState<ScanInbox | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = () =>
      call('attachments.inbox', {}).then((result) => {
        if (!stopped && result.ok) setInbox(result.value);
      });
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);

  if (!inbox) return null;
  return (
    <section className="tray" aria-label={t.inboxTitle}>
      <h3>{t.inboxTitle}</h3>
      {inbox.folder ? <p className="hint">{t.inboxFolder(inbox.folder)}</p> : <p>{t.inboxNotConfigured}</p>}
      {inbox.folder && inbox.files.length === 0 ? <p>{t.inboxEmpty}</p> : null}
      <ul className="tray-files">
        {inbox.files.map((file) => (
          <li key={file.name}>
            <span>
              <strong>{file.name}</strong> <span className="hint">{t.size(Math.max(1, Math.round(file.size / 1024)))}</span>
            </span>
            <button type="button" disabled={busy} onClick={() => onAssign(file.name)}>
              {t.assign}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
