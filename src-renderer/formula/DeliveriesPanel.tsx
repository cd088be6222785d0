import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import { formatThousands } from '../../src-shared/common/text';
import type { DeliveryRow, PrescriptionStatus } from '../../src-shared/contract/types';
import { gramsOf } from '../../src-shared/formula/entitlement';
import { stockShortfall } from '../../src-shared/formula/stock';
import { newDeliverySchema } from '../../src-shared/formula/schemas';
import { deliveryRefusalMessage } from '../../src-shared/formula/text';
import { formulaText } from '../../src-shared/formula/text-fields';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { attachmentsText } from '../../src-shared/attachments/text';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { RecordHistory } from '../audit/RecordHistory';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';
import { CheckboxField, FormError, FormFooter, Notice, TextField } from '../components/fields';
import { EditRecordButton } from '../records/EditRecordButton';
import { PrescriptionStateControls, stateLine } from './PrescriptionStateControls';
import { ProtocolChecklist } from './ProtocolChecklist';
import { useForm } from '../forms/use-form';
import { usePrint } from '../printing/use-print';
import { printUi } from '../../src-shared/printing/ui-text';
import { todayForInput } from './today';

/** The scanned prescription and declaration: viewed, zoomed, replaced with history (issue 14.7). Opened on demand. */
function PrescriptionDocuments({ status }: { status: PrescriptionStatus }) {
  // A prescription waiting for its scan opens with its documents: attaching it is the next step.
  const [open, setOpen] = useState(status.pendingDocument);
  const heading = t.documentsOf(showIsoDate(status.prescriptionDate));
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {heading}
      </button>
    );
  }
  return <AttachmentsPanel recordTable="prescriptions" recordId={status.id} heading={heading} />;
}

interface DeliveryValues extends Record<string, string | boolean> {
  readonly prescriptionId: string;
  readonly deliveryDate: string;
  readonly cans800: string;
  readonly cans1kg: string;
  readonly receivedByNationalId: string;
  readonly receivedByName: string;
  readonly confirmRepeat: boolean;
}

interface PanelProps {
  readonly status: PrescriptionStatus;
  readonly canWrite: boolean;
}

/**
 * One prescription: its state, what it grants, its deliveries with totals, and a new delivery checked as
 * you type. Saves refresh every page's data (the prescription comes back from main, never patched here).
 */
export function DeliveriesPanel({ status, canWrite }: PanelProps) {
  const form = useForm<DeliveryValues>(t.newDelivery, {
    prescriptionId: status.id,
    deliveryDate: todayForInput(),
    cans800: '',
    cans1kg: '',
    receivedByNationalId: '',
    receivedByName: '',
    confirmRepeat: false,
  });
  const [voiding, setVoiding] = useState<string | null>(null);
  const [voidReason, setVoidReason] = useState('');
  const [voidError, setVoidError] = useState<string | null>(null);
  const [saved, setSaved] = useState<DeliveryRow | null>(null);
  const stock = useApiQuery('formula.stock', {}).data;
  const shortfall = stock
    ? stockShortfall(stock, { cans800: Number(form.values.cans800) || 0, cans1kg: Number(form.values.cans1kg) || 0 })
    : null;
  const typed = gramsOf({ cans800: Number(form.values.cans800) || 0, cans1kg: Number(form.values.cans1kg) || 0 });
  const active = status.deliveries.filter((d) => !d.voided);
  const printing = usePrint();

  const confirmVoid = async (deliveryId: string) => {
    const result = await call('formula.voidDelivery', { deliveryId, reason: voidReason });
    if (!result.ok) {
      setVoidError(result.error.fieldErrors?.reason ?? result.error.message);
      return;
    }
    setVoiding(null);
    setVoidReason('');
    setVoidError(null);
  };
  // After a delivery: say so, offer its receipt, and put the cursor back for the next one.
  const afterDelivery = (updated: PrescriptionStatus) => {
    const known = new Set(status.deliveries.map((d) => d.id));
    setSaved(updated.deliveries.find((d) => !known.has(d.id)) ?? null);
    requestAnimationFrame(() => document.getElementById(`${form.id}-cans800`)?.focus());
  };

  return (
    <section className="card" aria-label={t.prescriptionOf(showIsoDate(status.prescriptionDate))}>
      <h3>
        {t.prescriptionOf(showIsoDate(status.prescriptionDate))} · {status.reasonLabel}
      </h3>
      <p>
        <strong>{t.state}:</strong> {stateLine(status)}
      </p>
      <div className="button-row">
        <RecordHistory table="prescriptions" id={status.id} what={t.prescriptionOf(showIsoDate(status.prescriptionDate))} />
        {canWrite && status.status !== 'closed' ? <EditRecordButton table="prescriptions" id={status.id} what={t.prescriptionOf(showIsoDate(status.prescriptionDate))} /> : null}
      </div>
      {canWrite ? <PrescriptionStateControls status={status} /> : null}
      {status.documentFlags.map((flag) => (
        <Notice key={flag} tone="warning">
          {attachmentsText.flags.shown(flag)}
        </Notice>
      ))}
      {status.pendingDocument && status.status !== 'closed' ? <Notice tone="warning">{formulaText.errors.pendingDocument}</Notice> : null}
      <PrescriptionDocuments status={status} />
      <ProtocolChecklist status={status} canWrite={canWrite} />
      <div className="button-row">
        <button type="button" onClick={() => void printing.print('print.prescription', { prescriptionId: status.id })}>
          {printUi.prescription}
        </button>
        {status.counselingDeclaration ? (
          <button type="button" onClick={() => void printing.print('print.declaration', { prescriptionId: status.id })}>
            {printUi.declaration}
          </button>
        ) : null}
      </div>
      <FormError message={printing.error} />
      {printing.preview}
      <p>
        {t.live(status.months, formatThousands(status.gramsAllowed))} {t.lastDay(showIsoDate(status.lastDeliveryDay))}
      </p>
      <p className="status-line" aria-live="polite">
        {t.status(formatThousands(status.gramsDelivered), formatThousands(status.gramsRemaining), status.cans800Remaining, status.cans1kgRemaining)}
      </p>
      {status.infantDeliveredGrams !== status.gramsDelivered ? <p>{t.infantTotal(formatThousands(status.infantDeliveredGrams), formatThousands(status.infantCapGrams))}</p> : null}
      <table className="data-table">
        <caption className="visually-hidden">{t.deliveries}</caption>
        <thead>
          <tr>
            <th scope="col">{t.deliveryDate}</th>
            <th scope="col">{t.cans800}</th>
            <th scope="col">{t.cans1kg}</th>
            <th scope="col">g</th>
            <th scope="col">{t.receivedByName}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {status.deliveries.map((d) => (
            <tr key={d.id} className={d.voided ? 'muted' : undefined}>
              <td>{showIsoDate(d.deliveryDate)}</td>
              <td>{d.cans800}</td>
              <td>{d.cans1kg}</td>
              <td>{formatThousands(d.grams)}</td>
              <td>{[d.receivedByName, d.receivedByNationalId].filter(Boolean).join(' · ')}</td>
              <td>
                {d.voided ? (
                  `${t.voided}: ${d.voidReason ?? ''}`
                ) : (
                  <div className="button-row">
                    <button type="button" onClick={() => void printing.print('print.deliveryReceipt', { deliveryId: d.id })} aria-label={printUi.receiptOf(showIsoDate(d.deliveryDate))}>
                      {printUi.receipt}
                    </button>
                    {canWrite && voiding !== d.id ? (
                      <button type="button" onClick={() => setVoiding(d.id)}>
                        {t.voidDelivery}
                      </button>
                    ) : null}
                  </div>
                )}
                {voiding === d.id ? (
                  <div className="stack">
                    <label>
                      {t.voidReason} <input value={voidReason} onChange={(e) => setVoidReason(e.target.value)} autoFocus />
                    </label>
                    <FormError message={voidError} />
                    <button type="button" className="danger" onClick={() => void confirmVoid(d.id)}>
                      {t.confirmVoid}
                    </button>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.total800}</th>
            <td>{active.reduce((n, d) => n + d.cans800, 0)}</td>
            <td>{active.reduce((n, d) => n + d.cans1kg, 0)}</td>
            <td>{formatThousands(status.gramsDelivered)}</td>
            <td colSpan={2} />
          </tr>
        </tbody>
      </table>
      {canWrite && status.status !== 'closed' ? (
        <form
          className="stack narrow-form"
          aria-label={t.newDelivery}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(null);
            form.save(newDeliverySchema, (input) => call('formula.createDelivery', input), afterDelivery);
          }}
        >
          <h4>{t.newDelivery}</h4>
          {saved ? (
            <Notice tone="success">
              {t.deliverySaved}{' '}
              <button type="button" onClick={() => void printing.print('print.deliveryReceipt', { deliveryId: saved.id })}>
                {printUi.receipt}
              </button>
            </Notice>
          ) : null}
          <TextField form={form} name="deliveryDate" label={t.deliveryDate} type="date" width="short" />
          <TextField form={form} name="cans800" label={t.cans800} inputMode="numeric" width="short" />
          <TextField form={form} name="cans1kg" label={t.cans1kg} inputMode="numeric" width="short" />
          {typed > 0 && typed <= status.gramsRemaining ? (
            <p aria-live="polite">{t.afterThis(formatThousands(status.gramsRemaining - typed))}</p>
          ) : null}
          {shortfall && (shortfall.cans800 > 0 || shortfall.cans1kg > 0) ? (
            <Notice tone="warning">{t.stock.shortfall(shortfall.cans800, shortfall.cans1kg)}</Notice>
          ) : null}
          {typed > status.gramsRemaining ? (
            <Notice tone="warning">
              {deliveryRefusalMessage({
                code: 'EXCEEDS_REMAINING',
                remaining: {
                  gramsDelivered: status.gramsDelivered,
                  gramsRemaining: status.gramsRemaining,
                  cans800Remaining: status.cans800Remaining,
                  cans1kgRemaining: status.cans1kgRemaining,
                },
              })}
            </Notice>
          ) : null}
          <TextField form={form} name="receivedByNationalId" label={t.receivedByNationalId} inputMode="numeric" width="short" />
          <TextField form={form} name="receivedByName" label={t.receivedByName} />
          {form.errors.confirmRepeat || form.values.confirmRepeat ? <CheckboxField form={form} name="confirmRepeat" label={t.otherDelivery} /> : null}
          <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.newDelivery} />
        </form>
      ) : null}
    </section>
  );
}
