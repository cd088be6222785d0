import { useState } from 'react';
import { TableHead } from '../components/TableHead';
import { homeText } from '../../src-shared/home/text';
import type { FormulaProgramView, JurisdictionFigures } from '../../src-shared/levels/formula-program';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';
import { downloadText } from '../components/download';
import { FormError, FormFooter, Notice, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { BarChart } from '../groups/BarChart';
import { usePrint } from '../printing/use-print';
import { typedNumber } from './FacilitatorForms';

const t = levelsUi.formulaProgram;
const kg = (grams: number) => (Math.round(grams / 100) / 10).toLocaleString('es');

/** Seed 004 at the jurisdiction's program and the national direction: a year of the formula program. */
export function FormulaProgramPage({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const [yearText, setYearText] = useState(String(new Date().getFullYear()));
  const [year, setYear] = useState(new Date().getFullYear());
  const { data: view, error, loading } = useApiQuery('levels.formulaProgram', active ? { year } : null);
  const printing = usePrint();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const exportCsv = async (table: 'months' | 'reasons') => {
    const result = await call('levels.exportFormulaProgram', { year, table });
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true });
      return;
    }
    downloadText(result.value.fileName, result.value.csv);
    setMessage({ text: homeText.exported(result.value.rowCount, result.value.fileName), error: false });
  };
  return (
    <section className="page wide-page" aria-labelledby="formula-program-title" aria-busy={loading}>
      <h1 id="formula-program-title">{t.title}</h1>
      <p className="hint">{t.intro}</p>
      <form
        className="button-row"
        aria-label={t.year}
        onSubmit={(event) => {
          event.preventDefault();
          const y = Number(yearText);
          if (Number.isInteger(y) && y >= 2000 && y <= 2100) setYear(y);
        }}
      >
        <label>
          {t.year} <input className="short" inputMode="numeric" value={yearText} onChange={(event) => setYearText(event.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t.show}
        </button>
        <button type="button" onClick={() => void printing.print('print.formulaProgram', { year })}>
          {t.print}
        </button>
        <button type="button" onClick={() => void exportCsv('months')}>
          {t.csvMonths}
        </button>
        <button type="button" onClick={() => void exportCsv('reasons')}>
          {t.csvReasons}
        </button>
      </form>
      <FormError message={error?.message ?? printing.error} />
      {message ? message.error ? <FormError message={message.text} /> : <Notice tone="success">{message.text}</Notice> : null}
      {printing.preview}
      {view ? <ProgramTables view={view} /> : null}
      {view && canWrite && view.cohortRegions.length > 0 ? (
        <details className="card">
          <summary>{t.cohortTitle}</summary>
          <CohortForm year={year} regions={view.cohortRegions} />
        </details>
      ) : null}
    </section>
  );
}

function SummaryRow({ j, total = false }: { j: JurisdictionFigures; total?: boolean }) {
  return (
    <tr className={total ? 'total-row' : undefined}>
      <th scope="row">{j.region}</th>
      <td>{kg(j.year.grams)}</td>
      <td>{j.year.cans800}</td>
      <td>{j.year.cans1kg}</td>
      <td>{j.year.infants}</td>
      <td>{j.year.admissions}</td>
      <td>{kg(j.year.stockReceivedGrams)}</td>
      <td>{j.estimate ? j.estimate.publicBirths.toLocaleString('es') : '—'}</td>
      <td>{j.estimate ? j.estimate.kilograms.toLocaleString('es') : '—'}</td>
      <td>{j.estimateUsedPercent === null ? '—' : `${j.estimateUsedPercent.toLocaleString('es')} %`}</td>
    </tr>
  );
}

function ProgramTables({ view }: { view: FormulaProgramView }) {
  const c = t.columns;
  return (
    <>
      <section className="card" aria-labelledby="program-jurisdictions">
        <h2 id="program-jurisdictions">{t.byJurisdiction}</h2>
        <p className="hint">{t.estimateRule}</p>
        <table className="data-table" aria-label={t.byJurisdiction}>
          <TableHead columns={[c.jurisdiction, c.kilograms, c.cans800, c.cans1kg, c.infants, c.admissions, c.stockReceived, c.births, c.estimateKg, c.used]} />
          <tbody>
            {view.jurisdictions.map((j) => (
              <SummaryRow key={j.region} j={j} />
            ))}
            <SummaryRow j={view.total} total />
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="program-months">
        <h2 id="program-months">{t.byMonth}</h2>
        <BarChart label={t.chartKilograms} labels={view.total.months.map((m) => t.monthShort[Number(m.month.slice(5, 7)) - 1] ?? m.month)} values={view.total.months.map((m) => Math.round(m.grams / 1000))} />
        <table className="data-table" aria-label={t.byMonth}>
          <TableHead columns={[c.month, c.kilograms, c.cans800, c.cans1kg, c.infants, c.admissions, c.stockReceived]} />
          <tbody>
            {view.total.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{t.monthShort[Number(m.month.slice(5, 7)) - 1] ?? m.month}</th>
                <td>{kg(m.grams)}</td>
                <td>{m.cans800}</td>
                <td>{m.cans1kg}</td>
                <td>{m.infants}</td>
                <td>{m.admissions}</td>
                <td>{kg(m.stockReceivedGrams)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="program-reasons">
        <h2 id="program-reasons">{t.byReason}</h2>
        {view.total.byReason.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <table className="data-table" aria-label={t.byReason}>
            <thead>
              <tr>
                <th scope="col">{c.reason}</th>
                <th scope="col">{c.admissions}</th>
                <th scope="col">{c.kilograms}</th>
              </tr>
            </thead>
            <tbody>
              {view.total.byReason.map((r) => (
                <tr key={r.reasonCode}>
                  <th scope="row">{r.label}</th>
                  <td>{r.admissions}</td>
                  <td>{kg(r.grams)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function CohortForm({ year, regions }: { year: number; regions: readonly string[] }) {
  const form = useForm(t.cohortTitle, { region: regions.length === 1 ? (regions[0] ?? '') : '', publicBirths: '' });
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="stack narrow-form"
      aria-label={t.cohortTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(
          () => call('levels.saveBirthCohort', { region: form.values.region, year, publicBirths: typedNumber(form.values.publicBirths) }),
          () => setSaved(true),
        );
      }}
    >
      <p className="hint">{t.cohortHelp}</p>
      {saved && !form.dirty ? <Notice tone="success">{t.cohortSaved}</Notice> : null}
      <SelectField form={form} name="region" label={t.region} options={[{ value: '', label: t.chooseRegion }, ...regions.map((r) => ({ value: r, label: r }))]} />
      <TextField form={form} name="publicBirths" label={`${t.births} (${year})`} inputMode="numeric" width="short" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.saveCohort} />
    </form>
  );
}
