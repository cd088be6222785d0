interface CheckboxListProps {
  readonly legend: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly chosen: ReadonlySet<string>;
  readonly onChange: (chosen: ReadonlySet<string>) => void;
  readonly error?: string | undefined;
}

/** Pick several from a list (lead mothers for a course or a group). */
export function CheckboxList({ legend, options, chosen, onChange, error }: CheckboxListProps) {
  return (
    <fieldset className={`stack ${error ? 'has-error' : ''}`}>
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="inline-check">
          <input
            type="checkbox"
            checked={chosen.has(option.value)}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.target.checked) next.add(option.value);
              else next.delete(option.value);
              onChange(next);
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
