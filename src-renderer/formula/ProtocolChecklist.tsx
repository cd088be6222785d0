import { formatDateTime } from '../../src-shared/common/text';
import type { PrescriptionStatus } from '../../src-shared/contract/types';
import { PROTOCOL_ITEMS, protocolSchema } from '../../src-shared/formula/protocol';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { CheckboxField, FormFooter, Notice } from '../components/fields';
import { useForm } from '../forms/use-form';

/** Seed 004's delivery protocol on the prescription: what was done before any milk, who and when (14.9). */
export function ProtocolChecklist({ status, canWrite }: { status: PrescriptionStatus; canWrite: boolean }) {
  const initial: Record<string, boolean> = Object.fromEntries(PROTOCOL_ITEMS.map((item) => [item.key, status.protocol.checks[item.key] === true]));
  const form = useForm(t.protocolTitle, initial);
  const recorded = status.protocol.checkedAt !== null ? t.protocolRecorded(status.protocol.checkedBy ?? '—', formatDateTime(status.protocol.checkedAt)) : null;
  return (
    <details className="card" open={!status.protocol.complete && canWrite}>
      <summary>
        {t.protocolTitle}: {status.protocol.complete ? t.protocolDone : t.protocolPending}
      </summary>
      {!status.protocol.complete ? <Notice tone="warning">{t.protocolBefore}</Notice> : null}
      <form
        className="stack"
        aria-label={t.protocolTitle}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.save(protocolSchema, () => call('formula.setProtocol', { prescriptionId: status.id, checks: form.values }), () => undefined);
        }}
      >
        {PROTOCOL_ITEMS.map((item) => (canWrite ? <CheckboxField key={item.key} form={form} name={item.key} label={item.label} /> : <p key={item.key}>{`${status.protocol.checks[item.key] ? '☑' : '☐'} ${item.label}`}</p>))}
        {recorded ? <p className="hint">{recorded}</p> : null}
        {canWrite ? <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.protocolSave} /> : null}
      </form>
    </details>
  );
}
