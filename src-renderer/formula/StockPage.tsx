import { useEffect, useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import { formatThousands } from '../../src-shared/common/text';
import type { StockSummary } from '../../src-shared/formula/stock';
import { stockReceiptSchema } from '../../src-shared/formula/schemas';
import { formulaUi } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { FormFooter, Notice, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { todayForInput } from './today';

const t = formulaUi.stock;

export function StockPage({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const [summary, setSummary] = useState<StockSummary | null>(null);
  const form = useForm(t.receive, { kind: 'receipt', receivedDate: todayForInput(), canGrams: '', quantity: '', lot: '', expiryDate: '', note: '' });
  const setTracking = async (tracked: boolean) => {
    const result = await call('formula.setStockTracking', { tracked });
    if (result.ok) setSummary(result.value);
  };
  useEffect(() => {
    if (!active) return;
    void call('formula.stock', {}).then((result) => {
      if (result.ok) setSummary(result.value);
    });
  }, [active]);
  const alerts = summary?.lots.filter((lot) => lot.remaining > 0 && (lot.expired || lot.nearExpiry)).length ?? 0;

  return (
    <section className="page" aria-labelledby="stock-title">
      <h1 id="stock-title">{t.title}</h1>
      {canWrite && summary ? (
        <label className="inline-check">
          <input type="checkbox" checked={summary.tracked} onChange={(event) => void setTracking(event.target.checked)} /> {t.tracking}
        </label>
      ) : null}
      {summary && !summary.tracked ? <Notice>{t.notTracked}</Notice> : null}
      {summary?.tracked ? <p className="status-line">{t.balance(summary.balance800, summary.balance1kg)}</p> : null}
      {summary?.tracked && summary.trackedFrom ? <p className="hint">{t.trackedFrom(showIsoDate(summary.trackedFrom))}</p> : null}
      {summary?.tracked && (summary.balance800 < 0 || summary.balance1kg < 0) ? (
        <Notice tone="warning">{t.negative(Math.max(0, -summary.balance800), Math.max(0, -summary.balance1kg))}</Notice>
      ) : null}
      {summary?.tracked && alerts > 0 ? <Notice tone="warning">{t.alerts(alerts)}</Notice> : null}
      {summary?.tracked ? <h2>{t.lots}</h2> : null}
      {summary?.tracked && summary.lots.length === 0 ? <p>{t.noLots}</p> : null}
      {summary?.tracked && summary.lots.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.lot}</th>
              <th scope="col">{t.canGrams}</th>
              <th scope="col">{t.receivedDate}</th>
              <th scope="col">{t.received}</th>
              <th scope="col">{t.remaining}</th>
              <th scope="col">{t.expiryDate}</th>
            </tr>
          </thead>
          <tbody>
            {summary.lots.map((lot) => (
              <tr key={lot.id} className={lot.remaining > 0 && lot.expired ? 'refused' : undefined}>
                <td>
                  {lot.lot}
                  {lot.kind === 'opening' ? ` (${t.openingLot})` : ''}
                </td>
                <td>{lot.canGrams === 1000 ? '1 kg' : '800 g'}</td>
                <td>{showIsoDate(lot.receivedDate)}</td>
                <td>{lot.quantity}</td>
                <td>{lot.remaining}</td>
                <td>
                  {showIsoDate(lot.expiryDate)}{' '}
                  {lot.remaining > 0 && lot.expired ? <strong>{t.expired}</strong> : null}
                  {lot.remaining > 0 && lot.nearExpiry ? <strong>{t.nearExpiry}</strong> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {summary && summary.monthly.length > 0 ? (
        <>
          <h2>{t.monthly}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col">800 g</th>
                <th scope="col">1 kg</th>
                <th scope="col">g</th>
              </tr>
            </thead>
            <tbody>
              {summary.monthly.map((m) => (
                <tr key={m.month}>
                  <td>{`${m.month.slice(5)}/${m.month.slice(0, 4)}`}</td>
                  <td>{m.cans800}</td>
                  <td>{m.cans1kg}</td>
                  <td>{formatThousands(m.grams)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {canWrite && summary?.tracked ? (
        <form
          className="card stack narrow-form"
          aria-label={t.receive}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            form.save(stockReceiptSchema, (input) => call('formula.receiveStock', input), setSummary);
          }}
        >
          <h2>{t.receive}</h2>
          <SelectField form={form} name="kind" label={t.kind} options={t.kinds} />
          {form.values.kind === 'opening' ? <p className="hint">{t.openingHelp}</p> : null}
          <TextField form={form} name="receivedDate" label={t.receivedDate} type="date" width="short" />
          <SelectField form={form} name="canGrams" label={t.canGrams} options={t.sizes} />
          <TextField form={form} name="quantity" label={t.quantity} inputMode="numeric" width="short" />
          <TextField form={form} name="lot" label={t.lot} />
          <TextField form={form} name="expiryDate" label={t.expiryDate} type="date" width="short" />
          <TextField form={form} name="note" label={t.note} />
          <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.receive} />
        </form>
      ) : null}
    </section>
  );
}
