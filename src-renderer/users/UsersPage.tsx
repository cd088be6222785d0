import { useCallback, useEffect, useState } from 'react';
import { formatDateTime } from '../../src-shared/common/text';
import type { UserRow } from '../../src-shared/contract/types';
import { sessionText } from '../../src-shared/session/text';
import { ROLE_LABELS, usersText } from '../../src-shared/users/text';
import { call } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError, Notice } from '../components/fields';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { NewUserForm } from './NewUserForm';
import { ResetPasswordForm } from './ResetPasswordForm';

const t = usersText;

export function UsersPage({ currentUserId }: { currentUserId: string }) {
  const [users, setUsers] = useState<readonly UserRow[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [deleting, setDeleting] = useState<UserRow | null>(null);
  const [documentsOf, setDocumentsOf] = useState<UserRow | null>(null);

  const load = useCallback(
    () =>
      call('users.list', {}).then((result) => {
        if (result.ok) setUsers(result.value);
        else setError(result.error.message);
      }),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const done = (text: string) => {
    setMessage(text);
    setError(null);
    void load();
  };
  const setActive = async (user: UserRow, active: boolean) => {
    const result = await call('users.setActive', { userId: user.id, active });
    if (result.ok) done(active ? t.reactivated(user.fullName) : t.deactivated(user.fullName));
    else setError(result.error.message);
  };
  const remove = async (user: UserRow) => {
    setDeleting(null);
    const result = await call('users.delete', { userId: user.id });
    if (result.ok) done(t.deleted(user.fullName));
    else setError(result.error.message);
  };

  return (
    <section className="page" aria-labelledby="users-title">
      <h1 id="users-title">{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {message ? <Notice tone="success">{message}</Notice> : null}
      <FormError message={error} />
      <table className="data-table">
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.fullName}</th>
            <th scope="col">{t.username}</th>
            <th scope="col">{t.role}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.lastLogin}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'muted'}>
              <td>
                {user.fullName} {user.id === currentUserId ? <span className="hint">{t.you}</span> : null}
              </td>
              <td>{user.username}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{user.active ? t.active : t.inactive}</td>
              <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t.never}</td>
              <td>
                <div className="row-actions">
                  <button type="button" onClick={() => setDocumentsOf(user)} aria-pressed={documentsOf?.id === user.id}>
                    {t.documents}
                  </button>
                {user.id !== currentUserId ? (
                  <>
                    <button type="button" onClick={() => void setActive(user, !user.active)}>
                      {user.active ? t.deactivate : t.reactivate}
                    </button>
                    <button type="button" onClick={() => setResetting(user)}>
                      {t.resetPassword}
                    </button>
                    {!user.hasWrittenRecords ? (
                      <button type="button" className="danger" onClick={() => setDeleting(user)}>
                        {t.deleteUser}
                      </button>
                    ) : null}
                  </>
                ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {documentsOf ? (
        <div>
          <AttachmentsPanel key={documentsOf.id} recordTable="users" recordId={documentsOf.id} heading={t.documentsOf(documentsOf.fullName)} />
          <p className="hint">{t.documentsHelp}</p>
        </div>
      ) : null}
      {resetting ? (
        <ResetPasswordForm
          user={resetting}
          onDone={() => {
            done(t.resetDone(resetting.fullName));
            setResetting(null);
          }}
          onCancel={() => setResetting(null)}
        />
      ) : null}
      <NewUserForm onCreated={(user) => done(t.created(user.fullName))} />
      {deleting ? (
        <ConfirmDialog
          message={t.deleteConfirm(deleting.fullName)}
          confirmLabel={t.deleteUser}
          cancelLabel={sessionText.cancel}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting)}
        />
      ) : null}
    </section>
  );
}
