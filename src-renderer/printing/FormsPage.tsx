import { useState } from 'react';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { printUi } from '../../src-shared/printing/ui-text';
import { FormError } from '../components/fields';
import { usePrint, type PrintChannel } from './use-print';
import { PeriodForm } from '../components/PeriodForm';
import type { InputOf } from '../../src-shared/contract/api';
import { DirectorySection } from '../levels/DirectorySection';

const t = printUi.forms;

function validYear(text: string): number | null {
  const year = Number(text);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

/** Every form in one place: blank ones to take to a meeting or a doctor, and the period reports. */
export function FormsPage({ formula, groups }: { formula: boolean; groups: boolean }) {
  const printing = usePrint();
  const now = new Date();
  const [reportYear, setReportYear] = useState(String(now.getFullYear()));
  const [reportMonth, setReportMonth] = useState(String(now.getMonth() + 1));
  const [inputError, setInputError] = useState<string | null>(null);
  const item = <C extends PrintChannel>(label: string, channel: C, input: InputOf<C>) => (
    <li key={label}>
      <button type="button" onClick={() => void printing.print(channel, input)}>
        {label}
      </button>
    </li>
  );
  const withYear = (text: string, then: (year: number) => void) => {
    const year = validYear(text);
    setInputError(year === null ? t.badYear : null);
    if (year !== null) then(year);
  };

  return (
    <section className="page" aria-labelledby="forms-title">
      <h1 id="forms-title">{t.title}</h1>
      <p>{t.intro}</p>
      <FormError message={printing.error ?? inputError} />
      {formula ? (
        <section className="card" aria-labelledby="forms-formula">
          <h2 id="forms-formula">{t.formulaTitle}</h2>
          <ul className="print-list">
            {item(`${t.prescriptionBlank} — ${t.blank}`, 'print.prescription', { prescriptionId: null })}
            {item(`${t.declarationBlank} — ${t.blank}`, 'print.declaration', { prescriptionId: null })}
            {item(`${t.receiptBlank} — ${t.blank}`, 'print.deliveryReceipt', { deliveryId: null })}
            {item(`${t.weeklySheetBlank} — ${t.blank}`, 'print.weeklySheet', { weekStart: '' })}
          </ul>
          <form
            className="button-row"
            aria-label={t.reportTitle}
            onSubmit={(event) => {
              event.preventDefault();
              withYear(reportYear, (year) => void printing.print('print.deliveriesReport', { year, month: Number(reportMonth) }));
            }}
          >
            <strong>{t.reportTitle}</strong>
            <label>
              {t.month}{' '}
              <select value={reportMonth} onChange={(event) => setReportMonth(event.target.value)}>
                {groupsUi.monitoring.monthNames.map((name, i) => (
                  <option key={name} value={String(i + 1)}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.year} <input className="tiny" inputMode="numeric" maxLength={4} value={reportYear} onChange={(event) => setReportYear(event.target.value)} />
            </label>
            <button type="submit">{t.printReport}</button>
          </form>
        </section>
      ) : null}
      {groups ? (
        <section className="card" aria-labelledby="forms-groups">
          <h2 id="forms-groups">{t.groupsTitle}</h2>
          <ul className="print-list">
            {item(`${t.anexo2Blank} — ${t.blank}`, 'print.anexo2', { groupId: null, sessionId: null })}
            {item(t.staffList, 'print.designatedStaff', { blank: false })}
            {item(`${t.staffListBlank} — ${t.blank}`, 'print.designatedStaff', { blank: true })}
            {item(`${t.planBlank} — ${t.blank}`, 'print.plan', { planId: null })}
            {item(`${t.trainingBlank} — ${t.blank}`, 'print.trainingAttendance', { courseId: null })}
            {item(`${t.certificateBlank} — ${t.blank}`, 'print.trainingCertificate', { courseId: null, leadMotherId: null })}
          </ul>
          <PeriodForm
            label={t.monitoringTitle}
            submitLabel={t.printMonitoring}
            onSubmit={(query) => {
              setInputError(null);
              void printing.print('print.monitoringReport', query);
            }}
            onInvalid={() => setInputError(t.badYear)}
          />
        </section>
      ) : null}
      <DirectorySection active canPublish={false} />
      {printing.preview}
    </section>
  );
}
