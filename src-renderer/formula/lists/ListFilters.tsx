import { useId, useState } from 'react';
import { appText } from '../../../src-shared/app/text';
import type { ListKind } from '../../../src-shared/formula/lists';
import { formulaUi } from '../../../src-shared/formula/ui-text';

const t = formulaUi.lists;

export interface Filters {
  readonly text: string;
  readonly from: string;
  readonly to: string;
  readonly activeOnly: boolean;
  readonly coveredOnly: boolean;
  readonly includeVoided: boolean;
  readonly siteId: string;
}

export const EMPTY_FILTERS: Filters = { text: '', from: '', to: '', activeOnly: true, coveredOnly: false, includeVoided: false, siteId: '' };

interface ListFiltersProps {
  readonly kind: ListKind;
  readonly initial: Filters;
  readonly errors: Readonly<Record<string, string>>;
  readonly onApply: (filters: Filters) => void;
  /** Facilities to filter by, at a microrred or red (a facility has only itself). */
  readonly sites: readonly { readonly id: string; readonly name: string }[];
}

export function ListFilters({ kind, initial, errors, onApply, sites }: ListFiltersProps) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof Filters>(name: K, value: Filters[K]) => setValues((current) => ({ ...current, [name]: value }));
  const dateField = (name: 'from' | 'to', label: string) => (
    <div className={`field ${errors[name] ? 'has-error' : ''}`}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        className="short"
        maxLength={10}
        placeholder={appText.datePlaceholder}
        value={values[name]}
        onChange={(event) => set(name, event.target.value)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : `${id}-range`}
      />
      {errors[name] ? (
        <p className="field-error" id={`${id}-${name}-error`} role="alert">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form
      className="card"
      aria-label={t.search}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onApply(values);
      }}
    >
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-text`}>{t.text}</label>
          <input id={`${id}-text`} value={values.text} onChange={(event) => set('text', event.target.value)} aria-describedby={`${id}-text-hint`} />
          <p className="hint" id={`${id}-text-hint`}>
            {t.textHint}
          </p>
        </div>
        {dateField('from', t.from)}
        {dateField('to', t.to)}
        {sites.length > 1 ? (
          <div className="field">
            <label htmlFor={`${id}-site`}>{t.facility}</label>
            <select id={`${id}-site`} value={values.siteId} onChange={(event) => set('siteId', event.target.value)}>
              <option value="">{t.allFacilities}</option>
              {sites.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <p className="hint" id={`${id}-range`}>
        {t.rangeHint[kind]}
      </p>
      {kind === 'prescriptions' ? (
        <label className="inline-check">
          <input type="checkbox" checked={values.activeOnly} onChange={(event) => set('activeOnly', event.target.checked)} />
          {t.activeOnly}
        </label>
      ) : null}
      {kind === 'caregivers' ? (
        <label className="inline-check">
          <input type="checkbox" checked={values.coveredOnly} onChange={(event) => set('coveredOnly', event.target.checked)} />
          {t.coveredOnly}
        </label>
      ) : null}
      {kind === 'deliveries' ? (
        <label className="inline-check">
          <input type="checkbox" checked={values.includeVoided} onChange={(event) => set('includeVoided', event.target.checked)} />
          {t.includeVoided}
        </label>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary">
          {t.search}
        </button>
        <button
          type="button"
          onClick={() => {
            setValues(EMPTY_FILTERS);
            onApply(EMPTY_FILTERS);
          }}
        >
          {t.clear}
        </button>
      </div>
    </form>
  );
}
