import type { EditableField } from './editable';

/** What the edit form opens with (issue 14.1). */
export interface EditForm {
  readonly table: string;
  readonly id: string;
  /** The kind of record, in words: "Lactante", "Receta". */
  readonly title: string;
  readonly fields: readonly (EditableField & { readonly value: string })[];
}
