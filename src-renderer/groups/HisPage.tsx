import { useEffect, useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import type { hisCodeSchema } from '../../src-shared/groups/coordination-schemas';
import { HIS_ACTIVITIES } from '../../src-shared/groups/coordination-schemas';
import type { HisCodeRow, MonthlyActivity } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';
import type { z } from 'zod';
import { call } from '../api/client';
import { FormError, FormFooter, Notice, SelectField, TextField } from '../components/fields';
import { downloadText } from '../components/download';
import { usePrint } from '../printing/use-print';
import { printUi } from '../../src-shared/printing/ui-text';
import { homeText } from '../../src-shared/home/text';
import { useForm } from '../forms/use-form';

const t = groupsUi.his;
const ACTIVITY_OPTIONS = [{ value: '', label: t.chooseActivity }, ...HIS_ACTIVITIES.map((a) => ({ value: a, label: t.activities[a] }))];

/** GT §6.3: the HIS code table (the admin's) and the month's activities with their codes. */
export function HisPage({ active, canEditCodes }: { active: boolean; canEditCodes: boolean }) {
  const [codes, setCodes] = useState<readonly HisCodeRow[]>([]);
  const now = new Date();
  const [year, setYear] = useState(String(now.getFullYear()));
  const [month, setMonth] = useState(String(now.getMonth() + 1));
  const [query, setQuery] = useState({ year: now.getFullYear(), month: now.getMonth() + 1 });
  const [activities, setActivities] = useState<readonly MonthlyActivity[]>([]);
  const [error, setError] = useState<string | null>(null);
  const form = useForm(t.addCode, { activity: '', code: '', description: '' });

  useEffect(() => {
    if (!active) return;
    void call('groups.hisCodes', {}).then((result) => {
      if (result.ok) setCodes(result.value);
    });
  }, [active]);
  useEffect(() => {
    if (!active) return;
    void call('groups.monthlyActivities', query).then((result) => {
      if (result.ok) setActivities(result.value);
      else setError(result.error.message);
    });
  }, [active, query, codes]);

  const printing = usePrint();
  const [notice, setNotice] = useState<string | null>(null);
  const exportCsv = async () => {
    const result = await call('groups.exportHisMonth', query);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadText(result.value.fileName, result.value.csv);
    setNotice(homeText.exported(result.value.rowCount, result.value.fileName));
  };
  const remove = async (id: string) => {
    const result = await call('groups.deleteHisCode', { id });
    if (result.ok) setCodes(result.value);
    else setError(result.error.message);
  };

  return (
    <section className="page wide-page" aria-labelledby="his-title">
      <h1 id="his-title">{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <FormError message={error} />
      <h2>{t.codesTitle}</h2>
      {codes.length === 0 ? <p>{t.noCodes}</p> : null}
      {codes.length > 0 ? (
        <table className="data-table" aria-label={t.codesTitle}>
          <thead>
            <tr>
              <th scope="col">{t.activity}</th>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.description}</th>
              {canEditCodes ? (
                <th scope="col">
                  <span className="visually-hidden">{t.removeCode('')}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => (
              <tr key={c.id}>
                <td>{t.activities[c.activity]}</td>
                <td>{c.code}</td>
                <td>{c.description}</td>
                {canEditCodes ? (
                  <td>
                    {c.fromAbove ? (
                      <span className="hint">{t.fromAbove}</span>
                    ) : (
                      <button type="button" className="link-button" aria-label={t.removeCode(c.code)} onClick={() => void remove(c.id)}>
                        ✕
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {canEditCodes ? (
        <form
          className="card stack narrow-form"
          aria-label={t.addCode}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            form.saveWith(
              // An empty choice is sent as chosen: main refuses it with its message.
              () => call('groups.saveHisCode', { ...form.values, activity: form.values.activity as z.input<typeof hisCodeSchema>['activity'] }),
              setCodes,
            );
          }}
        >
          <SelectField form={form} name="activity" label={t.activity} options={ACTIVITY_OPTIONS} />
          <TextField form={form} name="code" label={t.code} width="short" />
          <TextField form={form} name="description" label={t.description} />
          <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.addCode} />
        </form>
      ) : null}

      <h2>{t.monthTitle}</h2>
      <form
        className="button-row"
        aria-label={t.monthTitle}
        onSubmit={(event) => {
          event.preventDefault();
          const y = Number(year);
          const m = Number(month);
          if (Number.isInteger(y) && y >= 2000 && y <= 2100 && m >= 1 && m <= 12) setQuery({ year: y, month: m });
        }}
      >
        <label>
          {t.month}{' '}
          <select value={month} onChange={(event) => setMonth(event.target.value)}>
            {groupsUi.monitoring.monthNames.map((name, index) => (
              <option key={name} value={String(index + 1)}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.year} <input className="tiny" inputMode="numeric" maxLength={4} value={year} onChange={(event) => setYear(event.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t.show}
        </button>
      </form>
      <div className="button-row">
        <button type="button" onClick={() => void printing.print('print.hisMonth', query)}>
          {printUi.hisMonth}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {printUi.hisMonthCsv}
        </button>
      </div>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <FormError message={printing.error} />
      {printing.preview}
      {activities.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="data-table" aria-label={t.monthTitle}>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.activity}</th>
              <th scope="col">{t.description}</th>
              <th scope="col">{t.participants}</th>
              <th scope="col">{t.codes}</th>
            </tr>
          </thead>
          <tbody>
            {activities.map((a, index) => (
              <tr key={`${a.date}-${index}`}>
                <td className="nowrap">{showIsoDate(a.date)}</td>
                <td>{t.activities[a.activity]}</td>
                <td>{a.description}</td>
                <td className="number">{a.participants}</td>
                <td>{a.hisCodes.length ? a.hisCodes.join(', ') : <span className="hint">{t.noCode}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
