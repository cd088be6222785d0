import type { EditableField } from './editable';

/** What the edit form opens with (issue 14.1). */
export interface EditForm {
  readonly table: string;
  readonly id: string;
  /** The kind of record, in words: "Lactante", "Receta". */
  readonly title: string;
  readonly fields: readonly (EditableField & { readonly value: string })[];
}

/** After a merge (issue 14.4): the record that stays, and what the program's rules now say of it. */
export interface MergeResult {
  readonly survivorId: string;
  readonly warnings: readonly string[];
}
