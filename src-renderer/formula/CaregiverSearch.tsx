import { useState } from 'react';
import type { CaregiverSummary } from '../../src-shared/contract/types';
import { normalizeDigits } from '../../src-shared/site/countries';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { FormError } from '../components/fields';

interface SearchProps {
  readonly onOpen: (caregiver: CaregiverSummary) => void;
  readonly onRegister: (nationalId: string) => void;
}

/** Caregiver search first, as in the program's own system: DNI or name. */
export function CaregiverSearch({ onOpen, onRegister }: SearchProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<readonly CaregiverSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const digits = normalizeDigits(query);
  const looksLikeId = /^\d{7,8}$/.test(digits);

  const search = async () => {
    const result = await call('formula.searchCaregivers', { query });
    if (result.ok) {
      setResults(result.value);
      setError(null);
    } else setError(result.error.fieldErrors?.query ?? result.error.message);
  };

  return (
    <section className="card" aria-label={t.searchLabel}>
      <form
        className="search-row"
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <label htmlFor="caregiver-search">{t.searchLabel}</label>
        <p className="hint">{t.searchHint}</p>
        <div className="button-row">
          <input id="caregiver-search" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus autoComplete="off" />
          <button type="submit" className="primary">
            {t.search}
          </button>
        </div>
      </form>
      <FormError message={error} />
      {results !== null && results.length === 0 ? <p>{t.noResults}</p> : null}
      {results !== null && results.length === 0 && looksLikeId ? (
        <button type="button" className="primary" onClick={() => onRegister(digits)}>
          {t.registerNew(digits)}
        </button>
      ) : null}
      {results && results.length > 0 ? (
        <ul className="result-list">
          {results.map((caregiver) => (
            <li key={caregiver.id}>
              <button type="button" className="result" onClick={() => onOpen(caregiver)}>
                <strong>
                  {caregiver.lastNames}, {caregiver.firstNames}
                </strong>{' '}
                <span>DNI {caregiver.nationalId}</span>{' '}
                <span className="hint">
                  {caregiver.infants.map((infant) => infant.firstNames).join(', ') || t.noInfants}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
