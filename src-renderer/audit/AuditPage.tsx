import { useCallback, useEffect, useState } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, RECORD_TABLE_LABELS, type AuditAction } from '../../src-shared/audit/actions';
import { auditQuerySchema, type AuditQueryInput } from '../../src-shared/audit/schemas';
import { auditText } from '../../src-shared/audit/text';
import { formatDateTime } from '../../src-shared/common/text';
import { fieldErrorsOf } from '../../src-shared/common/validation';
import { sessionText } from '../../src-shared/session/text';
import type { AuditPage as AuditPageData } from '../../src-shared/contract/types';
import { call } from '../api/client';
import { FormError, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = auditText;
const NO_FILTERS = { userId: '', action: '', from: '', to: '', text: '' };

function toQuery(values: typeof NO_FILTERS, page: number): AuditQueryInput {
  return {
    userId: values.userId || null,
    action: (values.action || null) as AuditAction | null,
    from: values.from,
    to: values.to,
    text: values.text,
    page,
  };
}

/** Reloads whenever the page is shown, so the newest entries are there. */
export function AuditPage({ active }: { active: boolean }) {
  // Filters are not data: changing them never counts as unsaved input.
  const filters = useForm(t.filters, NO_FILTERS, { tracksUnsaved: false });
  const [data, setData] = useState<AuditPageData | null>(null);
  const [applied, setApplied] = useState(NO_FILTERS);
  const [page, setPage] = useState(1);

  const load = useCallback(
    (values: typeof NO_FILTERS, pageNumber: number) =>
      call('audit.list', toQuery(values, pageNumber)).then((result) => {
        if (result.ok) setData(result.value);
        return result;
      }),
    [],
  );

  useEffect(() => {
    if (active) void load(applied, page);
  }, [active, applied, page, load]);

  const apply = async () => {
    const query = toQuery(filters.values, 1);
    const parsed = auditQuerySchema.safeParse(query);
    if (!parsed.success) {
      filters.showErrors({ code: 'VALIDATION', message: sessionText.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
      return;
    }
    const result = await load(filters.values, 1);
    if (!result.ok) {
      filters.showErrors(result.error);
      return;
    }
    setApplied(filters.values);
    setPage(1);
    filters.reset(filters.values);
  };

  const userOptions = [
    { value: '', label: t.anyUser },
    ...(data?.users ?? []).map((user) => ({ value: user.id, label: `${user.fullName} (${user.username})` })),
  ];
  const actionOptions = [{ value: '', label: t.anyAction }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }))];

  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <form
        className="card filters"
        aria-label={t.filters}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void apply();
        }}
      >
        <SelectField form={filters} name="userId" label={t.user} options={userOptions} />
        <SelectField form={filters} name="action" label={t.action} options={actionOptions} />
        <TextField form={filters} name="from" label={t.from} width="short" placeholder="dd/mm/aaaa" />
        <TextField form={filters} name="to" label={t.to} width="short" placeholder="dd/mm/aaaa" />
        <TextField form={filters} name="text" label={t.search} />
        <div className="button-row">
          <button type="submit" className="primary">
            {t.apply}
          </button>
          <button
            type="button"
            onClick={() => {
              filters.reset(NO_FILTERS);
              setApplied(NO_FILTERS);
              setPage(1);
            }}
          >
            {t.clear}
          </button>
        </div>
        <FormError message={filters.formError} />
      </form>
      {data ? (
        <>
          <p aria-live="polite">{t.count(data.entries.length, data.total)}</p>
          {data.entries.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.when}</th>
                  <th scope="col">{t.user}</th>
                  <th scope="col">{t.action}</th>
                  <th scope="col">{t.detail}</th>
                  <th scope="col">{t.outcome}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((entry) => (
                  <tr key={entry.id} className={entry.outcome === 'refused' ? 'refused' : undefined}>
                    <td className="nowrap">{formatDateTime(entry.at)}</td>
                    <td>{entry.username ?? '—'}</td>
                    <td>{AUDIT_ACTION_LABELS[entry.action]}</td>
                    <td>
                      {entry.detail}
                      {entry.recordTable ? <span className="hint"> · {RECORD_TABLE_LABELS[entry.recordTable] ?? entry.recordTable}</span> : null}
                    </td>
                    <td>{entry.outcome === 'ok' ? t.ok : t.refused}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {data.pageCount > 1 ? (
            <div className="button-row">
              <button type="button" disabled={data.page <= 1} onClick={() => setPage(data.page - 1)}>
                {t.previous}
              </button>
              <span>{t.page(data.page, data.pageCount)}</span>
              <button type="button" disabled={data.page >= data.pageCount} onClick={() => setPage(data.page + 1)}>
                {t.next}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
