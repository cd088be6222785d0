import { useState } from 'react';
import { showIsoDate } from '../../../src-shared/common/dates';
import type { DesignatedStaffInput } from '../../../src-shared/groups/coordination-schemas';
import type { Coordination } from '../../../src-shared/groups/types';
import { groupsUi } from '../../../src-shared/groups/ui-text';
import { call } from '../../api/client';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel';
import { readAsBase64 } from '../../attachments/read-file';
import { DateAction } from '../../components/DateAction';
import { FormError, FormFooter, RadioGroup, TextField } from '../../components/fields';
import { useForm } from '../../forms/use-form';
import { usePrint } from '../../printing/use-print';
import { printUi } from '../../../src-shared/printing/ui-text';
import { EditRecordButton } from '../../records/EditRecordButton';

const t = groupsUi.coordination;
type Changed = (data: Coordination) => void;

export function StaffSection({ staff, canWrite, onChanged }: { staff: Coordination['staff']; canWrite: boolean; onChanged: Changed }) {
  const form = useForm(t.designate, { fullName: '', profession: '', role: 'designated', designatedOn: '', document: '' });
  const printing = usePrint();
  return (
    <section aria-labelledby="staff-title">
      <h2 id="staff-title">{t.staffTitle}</h2>
      <p className="hint">{t.staffIntro}</p>
      <div className="button-row">
        <button type="button" onClick={() => void printing.print('print.designatedStaff', { blank: false })}>
          {printUi.staffList}
        </button>
      </div>
      <FormError message={printing.error} />
      {printing.preview}
      {staff.length === 0 ? (
        <p>{t.noStaff}</p>
      ) : (
        <table className="data-table" aria-label={t.staffTitle}>
          <thead>
            <tr>
              <th scope="col">{t.fullName}</th>
              <th scope="col">{t.profession}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.designatedOn}</th>
              <th scope="col">{t.endedOn}</th>
              <th scope="col">{t.document}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.fullName} {canWrite ? <EditRecordButton table="designated_staff" id={s.id} what={s.fullName} /> : null}
                </td>
                <td>{s.profession}</td>
                <td>{t.roles[s.role]}</td>
                <td className="nowrap">{showIsoDate(s.designatedOn)}</td>
                <td className="nowrap">{s.endedOn ? showIsoDate(s.endedOn) : canWrite ? <EndButton id={s.id} name={s.fullName} onChanged={onChanged} /> : ''}</td>
                <td>{s.document}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite ? (
        <details className="card">
          <summary>{t.designate}</summary>
          <form
            className="stack narrow-form"
            aria-label={t.designate}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              form.saveWith(() => call('groups.designateStaff', { ...form.values, role: form.values.role as DesignatedStaffInput['role'] }), onChanged);
            }}
          >
            <TextField form={form} name="fullName" label={t.fullName} />
            <TextField form={form} name="profession" label={t.profession} />
            <RadioGroup
              form={form}
              name="role"
              label={t.role}
              options={[
                { value: 'designated', label: t.roles.designated },
                { value: 'committee', label: t.roles.committee },
              ]}
            />
            <TextField form={form} name="designatedOn" label={t.designatedOn} type="date" width="short" />
            <TextField form={form} name="document" label={t.document} />
            <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.designate} />
          </form>
        </details>
      ) : null}
    </section>
  );
}

function EndButton({ id, name, onChanged }: { id: string; name: string; onChanged: Changed }) {
  return (
    <DateAction open={t.end} label={t.endDate(name)} confirm={t.end} field="endedOn" send={(endedOn) => call('groups.endDesignation', { id, endedOn })} onSaved={onChanged} />
  );
}

export function ActorsSection({ actors, canWrite, onChanged }: { actors: Coordination['actors']; canWrite: boolean; onChanged: Changed }) {
  const form = useForm(t.addActor, { fullName: '', organisation: '', position: '', phone: '', community: '' });
  return (
    <section aria-labelledby="actors-title">
      <h2 id="actors-title">{t.actorsTitle}</h2>
      {actors.length === 0 ? (
        <p>{t.noActors}</p>
      ) : (
        <table className="data-table" aria-label={t.actorsTitle}>
          <thead>
            <tr>
              <th scope="col">{t.fullName}</th>
              <th scope="col">{t.organisation}</th>
              <th scope="col">{t.position}</th>
              <th scope="col">{t.phone}</th>
              <th scope="col">{t.community}</th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.fullName} {canWrite ? <EditRecordButton table="key_actors" id={a.id} what={a.fullName} /> : null}
                </td>
                <td>{a.organisation}</td>
                <td>{a.position}</td>
                <td>{a.phone}</td>
                <td>{a.community}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite ? (
        <details className="card">
          <summary>{t.addActor}</summary>
          <form
            className="stack narrow-form"
            aria-label={t.addActor}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              form.saveWith(() => call('groups.addKeyActor', form.values), onChanged);
            }}
          >
            <TextField form={form} name="fullName" label={t.fullName} />
            <TextField form={form} name="organisation" label={t.organisation} />
            <TextField form={form} name="position" label={t.position} />
            <TextField form={form} name="phone" label={t.phone} width="short" />
            <TextField form={form} name="community" label={t.community} />
            <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.addActor} />
          </form>
        </details>
      ) : null}
    </section>
  );
}

export function MinutesSection({ minutes, canWrite, onChanged }: { minutes: Coordination['minutes']; canWrite: boolean; onChanged: Changed }) {
  const form = useForm(t.addMinutes, { meetingDate: '', place: '', participants: '', agreements: '' });
  const [page, setPage] = useState<File | null>(null);
  const [openDocs, setOpenDocs] = useState<string | null>(null);
  return (
    <section aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t.minutesTitle}</h2>
      {minutes.length === 0 ? <p>{t.noMinutes}</p> : null}
      <ul className="stack plain-list">
        {minutes.map((m) => (
          <li key={m.id} className="card">
            <strong>{showIsoDate(m.meetingDate)}</strong> · {m.place}
            <p>{m.participants}</p>
            <p>{m.agreements}</p>
            {openDocs === m.id ? (
              <AttachmentsPanel recordTable="minutes_entries" recordId={m.id} heading={t.documents(showIsoDate(m.meetingDate))} />
            ) : (
              <button type="button" className="link-button" onClick={() => setOpenDocs(m.id)}>
                {t.documents(showIsoDate(m.meetingDate))}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canWrite ? (
        <details className="card">
          <summary>{t.addMinutes}</summary>
          <form
            className="stack narrow-form"
            aria-label={t.addMinutes}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              form.saveWith(
                async () => call('groups.addMinutes', { ...form.values, signedPage: page ? { fileName: page.name, dataBase64: await readAsBase64(page) } : null }),
                (data) => {
                  setPage(null);
                  onChanged(data);
                },
              );
            }}
          >
            <TextField form={form} name="meetingDate" label={t.meetingDate} type="date" width="short" />
            <TextField form={form} name="place" label={t.place} />
            <TextField form={form} name="participants" label={t.participants} />
            <TextField form={form} name="agreements" label={t.agreements} />
            <label className={form.errors.signedPage ? 'field has-error' : 'field'}>
              {t.signedPage}
              {form.errors.signedPage ? <span className="field-error">{form.errors.signedPage}</span> : null}
              <input type="file" accept="image/*,application/pdf" onChange={(event) => setPage(event.target.files?.[0] ?? null)} />
            </label>
            <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.addMinutes} />
          </form>
        </details>
      ) : null}
    </section>
  );
}
