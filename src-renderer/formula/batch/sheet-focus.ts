import { TYPED_COLUMNS } from './sheet-rows';

/** Cells carry `data-cell="row:column"`; the infant column has a cell only when there is a choice to make. */
export function cellId(row: number, column: number): string {
  return `${row}:${column}`;
}

function cellAt(table: HTMLElement, row: number, column: number): HTMLElement | null {
  return table.querySelector<HTMLElement>(`[data-cell="${cellId(row, column)}"]`);
}

export function focusCell(table: HTMLElement, row: number, column: number): boolean {
  const cell = cellAt(table, row, column);
  if (!cell) return false;
  cell.focus();
  if (cell instanceof HTMLInputElement) cell.select();
  return true;
}

/** The next cell to the right, then the first cells of the next row; false at the end of the sheet. */
export function focusNext(table: HTMLElement, row: number, column: number, rowCount: number): boolean {
  for (let c = column + 1; c < TYPED_COLUMNS.length; c += 1) if (focusCell(table, row, c)) return true;
  for (let r = row + 1; r < rowCount; r += 1) {
    for (let c = 0; c < TYPED_COLUMNS.length; c += 1) if (focusCell(table, r, c)) return true;
  }
  return false;
}

export function parseCell(element: EventTarget): { row: number; column: number } | null {
  if (!(element instanceof HTMLElement) || !element.dataset.cell) return null;
  const [row, column] = element.dataset.cell.split(':').map(Number);
  return row === undefined || column === undefined ? null : { row, column };
}
