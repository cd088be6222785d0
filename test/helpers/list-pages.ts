import type { ListQueryInput, ListRow } from '../../src-shared/formula/lists';
import type { TestApp } from './test-app';

/** Every page of a list, in order, and the total each page reported. */
export async function everyPage(app: TestApp, query: ListQueryInput): Promise<{ rows: ListRow[]; totals: number[] }> {
  const rows: ListRow[] = [];
  const totals: number[] = [];
  let pageCount = 1;
  for (let page = 1; page <= pageCount; page += 1) {
    const listed = await app.ok('formula.list', { ...query, page });
    totals.push(listed.total);
    pageCount = listed.pageCount;
    rows.push(...listed.rows);
  }
  return { rows, totals };
}
