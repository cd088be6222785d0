import type { SavedLine } from './sheet-outcomes';

/** What this session saved from the sheet, newest first: the typist's proof of what went in. */
export function SavedLines({ title, lines }: { readonly title: string; readonly lines: readonly SavedLine[] }) {
  if (lines.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul className="link-list">
        {lines.map((line) => (
          <li key={line.key}>{line.text}</li>
        ))}
      </ul>
    </section>
  );
}
