import ExcelJS from 'exceljs';

export interface XlsxColumn {
  readonly label: string;
  readonly type: 'text' | 'date' | 'number';
}

export type XlsxValue = string | number | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A list as a spreadsheet a person opens with a double click, with typed cells: documents and codes as
 * text (a DNI keeps its leading zero), dates as dates (dd/mm/aaaa), counts as numbers. Text is written as
 * text, never as a formula, so nothing typed in a name can run and nothing needs an apostrophe.
 */
export async function toXlsx(sheetName: string, columns: readonly XlsxColumn[], rows: readonly (readonly XlsxValue[])[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'LactaRed';
  const sheet = book.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.label,
    width: Math.min(40, Math.max(12, c.label.length + 2)),
    style: c.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : c.type === 'text' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c, i) => {
        const value = row[i] ?? null;
        if (value === null || value === '') return null;
        if (c.type === 'number') return typeof value === 'number' ? value : Number(value);
        const date = c.type === 'date' && typeof value === 'string' ? ISO_DATE.exec(value) : null;
        if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
        return String(value);
      }),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
