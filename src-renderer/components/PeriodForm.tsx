import { useState, type ReactNode } from 'react';
import { groupsUi } from '../../src-shared/groups/ui-text';

const t = groupsUi.monitoring;

/** GT §6.1.4 periods: a whole year (half 0) or one of its semesters. */
export interface PeriodQuery {
  readonly year: number;
  readonly half: 0 | 1 | 2;
}

export function currentPeriod(now = new Date()): PeriodQuery {
  return { year: now.getFullYear(), half: now.getMonth() < 6 ? 1 : 2 };
}

interface PeriodFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly onSubmit: (query: PeriodQuery) => void;
  /** Called instead when the year typed is not a year. */
  readonly onInvalid?: () => void;
  readonly children?: ReactNode;
}

/** Year and semester, as every period screen asks for them; extra buttons go after the submit button. */
export function PeriodForm({ label, submitLabel, onSubmit, onInvalid, children }: PeriodFormProps) {
  const initial = currentPeriod();
  const [year, setYear] = useState(String(initial.year));
  const [half, setHalf] = useState<'0' | '1' | '2'>(String(initial.half) as '1' | '2');
  return (
    <form
      className="button-row"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const y = Number(year);
        if (Number.isInteger(y) && y >= 2000 && y <= 2100) onSubmit({ year: y, half: Number(half) as 0 | 1 | 2 });
        else onInvalid?.();
      }}
    >
      <label>
        {t.year} <input className="tiny" inputMode="numeric" maxLength={4} value={year} onChange={(event) => setYear(event.target.value)} />
      </label>
      <label>
        {t.period}{' '}
        <select value={half} onChange={(event) => setHalf(event.target.value as '0' | '1' | '2')}>
          {t.periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      {children}
    </form>
  );
}
