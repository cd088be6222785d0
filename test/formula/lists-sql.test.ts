import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src-shared/common/text';
import { LIST_KINDS, type ListKind, type ListRow } from '../../src-shared/formula/lists';
import { everyPage } from '../helpers/list-pages';
import { facilityAs, type TestApp } from '../helpers/test-app';

// The test clock is 22/11/2026. Issue 19: every list is filtered, sorted and cut in SQL; these tests hold
// it to the lists as they were computed before — whole tables read, then names folded and matched in code.

const FIRST = ['María', 'Ana', 'Rosa', 'Lucía', 'Ángela'];
const LAST = ['Quispe', 'Núñez', 'Mamani', 'Huamán', 'Peña'];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const day = (offset: number) => new Date(Date.UTC(2026, 10, 22 - offset)).toISOString().slice(0, 10);

/** 120 caregivers, each with an infant (some with a DNI), a prescription and a few deliveries over a year. */
function world(app: TestApp): void {
  const db = app.main.ctx.sqlite;
  const site = db.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
  const stamp = '0000000000001-000000-x';
  const id = (kind: number, n: number) => `0190${String(n).padStart(4, '0')}-000${kind}-7000-8000-000000000000`;
  const caregiver = db.prepare('INSERT INTO caregivers (id, owner_site_id, hlc, national_id, first_names, last_names, search_name, coverage_checked_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)');
  const infant = db.prepare('INSERT INTO infants (id, owner_site_id, hlc, caregiver_id, first_names, last_names, national_id, birth_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)');
  const prescription = db.prepare(
    "INSERT INTO prescriptions (id, owner_site_id, hlc, infant_id, prescription_date, reason_code, milk_type, replacement, grams_per_month, duration_months, months_override, prescriber_name, prescriber_profession, prescriber_licence, created_at) VALUES (?, ?, ?, ?, ?, 'adoption', 'F', 'total', 4000, ?, ?, 'Dra', 'Pediatra', 'CMP', 0)",
  );
  const delivery = db.prepare(
    'INSERT INTO deliveries (id, owner_site_id, hlc, prescription_id, delivery_date, cans_800, cans_1kg, received_by_name, received_by_national_id, source, voided_at, void_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)',
  );
  for (let n = 0; n < 120; n += 1) {
    const first = pick(FIRST, n);
    const last = `${pick(LAST, n >> 1)} ${pick(LAST, n >> 3)}`;
    db.transaction(() => {
      caregiver.run(id(1, n), site, stamp, String(41_000_000 + n * 7), first, last, foldForSearch(`${first} ${last}`), new Date(2026, 10, 10 + (n % 12), 9).getTime());
      const birth = day(20 + ((n * 13) % 330));
      infant.run(id(2, n), site, stamp, id(1, n), pick(['Beto', 'Sofía', 'Iñigo', 'Lú'], n), pick(LAST, n), n % 4 === 0 ? String(90_000_000 + n) : null, birth);
      const prescribed = day(Math.max(0, 20 + ((n * 13) % 330) - 3));
      prescription.run(id(3, n), site, stamp, id(2, n), prescribed, 1 + (n % 6), n % 9 === 0 ? 1 : null);
      for (let k = 0; k < n % 4; k += 1) {
        const later = new Date(Date.parse(prescribed) + 10 * k * 86_400_000).toISOString().slice(0, 10);
        delivery.run(id(4, n * 4 + k), site, stamp, id(3, n), later > day(0) ? day(0) : later, 1 + k, k === 1 ? pick(['Tía Peña', 'Abuela Ruíz'], n) : '', k === 1 ? String(70_000_000 + n) : '', k === 2 ? 'batch' : 'form', k === 3 ? 1 : null, k === 3 ? 'Duplicada' : null, n * 10 + k);
      }
    })();
  }
}

/** The old way: a whole list read (no text), then the text matched in code over the names of its record. */
function oldMatch(app: TestApp, kind: ListKind, text: string): (row: ListRow) => boolean {
  const db = app.main.ctx.sqlite;
  const namesOf: Record<ListKind, string> = {
    caregivers: "SELECT c.id, c.first_names || ' ' || c.last_names AS names, json_array(c.national_id) AS dnis FROM caregivers c",
    infants: "SELECT i.id, i.first_names || ' ' || i.last_names || ' ' || c.first_names || ' ' || c.last_names AS names, json_array(c.national_id, COALESCE(i.national_id, '')) AS dnis FROM infants i JOIN caregivers c ON c.id = i.caregiver_id",
    prescriptions: "SELECT p.id, i.first_names || ' ' || i.last_names || ' ' || c.first_names || ' ' || c.last_names AS names, json_array(c.national_id) AS dnis FROM prescriptions p JOIN infants i ON i.id = p.infant_id JOIN caregivers c ON c.id = i.caregiver_id",
    deliveries:
      "SELECT d.id, i.first_names || ' ' || i.last_names || ' ' || c.first_names || ' ' || c.last_names || ' ' || d.received_by_name AS names, json_array(c.national_id, d.received_by_national_id) AS dnis FROM deliveries d JOIN prescriptions p ON p.id = d.prescription_id JOIN infants i ON i.id = p.infant_id JOIN caregivers c ON c.id = i.caregiver_id",
  };
  const records = new Map((db.prepare(namesOf[kind]).all() as { id: string; names: string; dnis: string }[]).map((r) => [r.id, r]));
  if (/^\d+$/.test(text)) return (row) => (JSON.parse(records.get(row.id)?.dnis ?? '[]') as string[]).some((dni) => dni.startsWith(text));
  const words = foldForSearch(text).split(/\s+/).filter(Boolean);
  return (row) => words.every((word) => foldForSearch(records.get(row.id)?.names ?? '').includes(word));
}

/** The ids, and the total the pages reported. */
const idsOf = ({ rows, totals }: { rows: ListRow[]; totals: number[] }) => ({ ids: rows.map((r) => r.id), total: totals.at(-1) ?? 0 });

const TEXTS = ['', 'quis', 'maria nunez', 'ñe', 'lu', 'PEÑA', 'abuela', '4100', '9000', '7000001', 'iñigo huaman', 'nadie'];

describe('lists in SQL (issue 19)', () => {
  it.each(LIST_KINDS)('%s: every text, date range and option gives, page by page, the rows the old filter in code gave', async (kind) => {
    const app = await facilityAs('registrar', 'luis.registro', 'clave-de-luis');
    world(app);
    const options: Record<string, unknown>[] = [{}, kind === 'caregivers' ? { from: '14/11/2026', to: '18/11/2026' } : { from: '01/06/2026', to: '31/10/2026' }];
    if (kind === 'prescriptions') options.push({ activeOnly: false });
    if (kind === 'deliveries') options.push({ includeVoided: true });
    let matched = 0;
    for (const option of options) {
      // The whole list without text, in order, as it was: the reference the text filter is applied to.
      const unfiltered = idsOf(await everyPage(app, { kind, ...option, activeOnly: false, text: '' }));
      expect(unfiltered.total, `${kind} ${JSON.stringify(option)}`).toBeGreaterThan(20);
      for (const text of TEXTS) {
        const match = oldMatch(app, kind, text);
        const rowsById = new Map<string, ListRow>();
        for (let page = 1; page <= Math.ceil(unfiltered.total / 100); page += 1) {
          for (const row of (await app.ok('formula.list', { kind, ...option, activeOnly: false, page })).rows) rowsById.set(row.id, row);
        }
        const active = (row: ListRow) => kind !== 'prescriptions' || option.activeOnly === false || row.cells.status === 'Vigente';
        const expected = unfiltered.ids.filter((rowId) => {
          const row = rowsById.get(rowId);
          return row !== undefined && match(row) && active(row);
        });
        const listed = idsOf(await everyPage(app, { kind, ...option, text }));
        expect(listed.ids, `${kind} ${JSON.stringify(option)} «${text}»`).toEqual(expected);
        expect(listed.total).toBe(expected.length);
        const exported = await app.ok('formula.exportList', { kind, ...option, text });
        expect(exported.rowCount).toBe(expected.length);
        matched += expected.length;
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('the whole unfiltered lists are in the order they always had: by name, newest prescription or delivery first', async () => {
    const app = await facilityAs('registrar', 'luis.registro', 'clave-de-luis');
    world(app);
    const db = app.main.ctx.sqlite;
    const orders: Record<ListKind, string> = {
      caregivers: 'SELECT id FROM caregivers ORDER BY last_names, first_names, id',
      infants: 'SELECT id FROM infants ORDER BY last_names, first_names, id',
      prescriptions: 'SELECT id FROM prescriptions ORDER BY prescription_date DESC, id DESC',
      deliveries: 'SELECT id FROM deliveries WHERE voided_at IS NULL ORDER BY delivery_date DESC, created_at DESC, id DESC',
    };
    for (const kind of LIST_KINDS) {
      const listed = idsOf(await everyPage(app, { kind, activeOnly: false }));
      expect(listed.ids, kind).toEqual(db.prepare(orders[kind]).pluck().all());
    }
  });
});
