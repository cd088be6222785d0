import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import type { GroupDetail, LeadMotherSummary } from '../../src-shared/groups/types';
import { MEMBER_TYPE_LABELS, groupsUi } from '../../src-shared/groups/ui-text';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { RecordHistory } from '../audit/RecordHistory';
import { EditRecordButton } from '../records/EditRecordButton';
import { FormError, Notice } from '../components/fields';
import { usePrint } from '../printing/use-print';
import { printUi } from '../../src-shared/printing/ui-text';
import { AddMemberForm, LeaveButton } from './MemberForms';
import { SessionForm } from './SessionForm';

const t = groupsUi.groups;

/** The session's scanned sheet and other documents, opened on demand (the panel is heavy). */
function SessionDocuments({ sessionId, date }: { sessionId: string; date: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t.documents(date)}
      </button>
    );
  }
  return <AttachmentsPanel recordTable="group_sessions" recordId={sessionId} heading={t.documents(date)} />;
}

export function GroupView({ group, mothers, canWrite, onChanged }: { group: GroupDetail; mothers: readonly LeadMotherSummary[]; canWrite: boolean; onChanged: (g: GroupDetail) => void }) {
  const [notice, setNotice] = useState<readonly string[]>([]);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const printing = usePrint();
  const preview = (sessionId: string | null) => printing.print('print.anexo2', { groupId: group.id, sessionId });
  const current = group.members.filter((m) => m.leftOn === null);
  return (
    <>
      <h1 id="group-title">{group.name}</h1>
      <p>
        {t.formedOn}: {showIsoDate(group.formedOn)} · {group.place}
        {group.meetingDay || group.meetingTime ? ` · ${group.meetingDay} ${group.meetingTime}` : ''} · {t.periodicity}: {group.periodicityDays}
      </p>
      <p>
        {t.leadMothers}: {group.leadMothers.map((m) => m.name).join(', ')}
      </p>
      <div className="button-row">
        <RecordHistory table="support_groups" id={group.id} what={group.name} />
        {canWrite ? <EditRecordButton table="support_groups" id={group.id} what={group.name} /> : null}
      </div>
      {group.idle ? <Notice tone="warning">{t.idle}</Notice> : null}
      {group.warnings.map((w) => (
        <Notice key={w} tone="warning">
          {w}
        </Notice>
      ))}
      <FormError message={printing.error} />
      {notice.map((w) => (
        <Notice key={w} tone="warning">
          {w}
        </Notice>
      ))}

      <h2>
        {t.membersTitle} ({t.members(group.activeMembers)})
      </h2>
      <div className="button-row">
        <button type="button" onClick={() => void printing.print('print.groupRoster', { groupId: group.id })}>
          {printUi.groupRoster}
        </button>
      </div>
      <div className="sheet-scroll">
        <table className="data-table" aria-label={t.membersTitle}>
          <thead>
            <tr>
              <th scope="col">{groupsUi.leadMothers.name}</th>
              <th scope="col">{t.memberType}</th>
              <th scope="col">{t.age}</th>
              <th scope="col">{t.childAge}</th>
              <th scope="col">{groupsUi.leadMothers.address}</th>
              <th scope="col">{groupsUi.leadMothers.phone}</th>
              <th scope="col">{t.joinedOn}</th>
              <th scope="col">{t.leftOn}</th>
            </tr>
          </thead>
          <tbody>
            {group.members.map((m) => (
              <tr key={m.id} className={m.followUp ? 'follow-up' : undefined}>
                <td>
                  {m.firstNames} {m.lastNames}
                  {canWrite ? (
                    <>
                      {' '}
                      <EditRecordButton table="group_members" id={m.id} what={`${m.firstNames} ${m.lastNames}`} />
                    </>
                  ) : null}
                  {m.followUp ? <span className="cell-error">{t.followUp(m.unjustifiedInARow)}</span> : null}
                </td>
                <td>{MEMBER_TYPE_LABELS[m.memberType]}</td>
                <td className="number">{m.age ?? ''}</td>
                <td className="number">{m.childAgeMonths ?? ''}</td>
                <td>{m.address}</td>
                <td>{m.phone}</td>
                <td className="nowrap">{showIsoDate(m.joinedOn)}</td>
                <td className="nowrap">
                  {m.leftOn ? showIsoDate(m.leftOn) : canWrite ? <LeaveButton member={m} onSaved={onChanged} /> : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canWrite ? (
        <details className="card">
          <summary>{t.addMember}</summary>
          <AddMemberForm groupId={group.id} onSaved={onChanged} />
        </details>
      ) : null}

      <h2>{t.sessionsTitle}</h2>
      <div className="button-row">
        <button type="button" onClick={() => void preview(null)}>
          {group.nextPlanned ? printUi.anexo2Next : printUi.anexo2Blank}
        </button>
      </div>
      {printing.preview}
      {group.sessions.length === 0 ? <p>{groupsUi.groups.lastSession(null)}</p> : null}
      <ul className="stack plain-list">
        {group.sessions.map((s) => (
          <li key={s.id} className="card">
            <strong>
              {showIsoDate(s.sessionDate)} {s.sessionTime} · {s.status === 'held' ? t.held : t.planned}
            </strong>{' '}
            · {s.topic} · {s.place}
            {s.status === 'held' ? <p>{t.attendanceSummary(s.present, s.absent)}</p> : null}
            {s.agreements ? <p>{s.agreements}</p> : null}
            {s.confidentialNotes ? (
              <details>
                <summary>{t.confidential}</summary>
                <p>{s.confidentialNotes}</p>
              </details>
            ) : null}
            {canWrite ? <EditRecordButton table="group_sessions" id={s.id} what={t.sessionOf(showIsoDate(s.sessionDate))} /> : null}
            {s.status === 'held' ? (
              <div className="button-row">
                <SessionDocuments sessionId={s.id} date={showIsoDate(s.sessionDate)} />
                <button type="button" className="link-button" onClick={() => void preview(s.id)}>
                  {printUi.anexo2Of(showIsoDate(s.sessionDate))}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <details className="card" open>
          <summary>{groupsUi.session.title}</summary>
          {confirmation ? <Notice tone="success">{confirmation}</Notice> : null}
          <SessionForm
            key={`${group.nextPlanned?.id ?? 'new'}-${current.length}`}
            group={group}
            mothers={mothers}
            onSaved={(saved, confirmation) => {
              setNotice(saved.warnings);
              setConfirmation(confirmation);
              onChanged(saved.group);
            }}
          />
        </details>
      ) : null}
    </>
  );
}
