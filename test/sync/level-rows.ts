import { newId } from '../../src-shared/sync/ids';
import type { TestApp } from '../helpers/test-app';
import { siteIdOf } from './sync-helpers';

/**
 * One row of each of the levels' and DHIS2's tables (issues 16, 20) owned by this site, written straight into its file:
 * what a regional or national site makes in the app, a facility can only forge — which is what the
 * fault suite needs it to try.
 */
export function writeLevelRows(app: TestApp, code: string): void {
  const db = app.main.ctx.sqlite;
  const owner = siteIdOf(app);
  let tick = 0;
  const row = () => {
    tick += 1;
    return { id: newId(app.clock.nowMs + tick), hlc: `${String(app.clock.nowMs)}-${String(800 + tick).padStart(6, '0')}-${owner}` };
  };
  const registry = row();
  db.prepare("INSERT INTO registry_imports (id, owner_site_id, hlc, file_name, list_date, row_count, rejected_count, created_at) VALUES (?, ?, ?, 'renaes.csv', '2026-11-01', 1, 0, 1)").run(registry.id, owner, registry.hlc);
  const facility = row();
  db.prepare("INSERT INTO registry_facilities (id, owner_site_id, hlc, import_id, code, name, region, attends_births) VALUES (?, ?, ?, ?, ?, 'Puesto', 'Cusco', 1)").run(facility.id, owner, facility.hlc, registry.id, code);
  const facilitator = row();
  db.prepare("INSERT INTO facilitators (id, owner_site_id, hlc, region, facility_code, full_name, profession, profile, registered_on, created_at) VALUES (?, ?, ?, 'Cusco', ?, 'Lic. Ana Paz', 'Enfermera', '{}', '2026-01-10', 1)").run(
    facilitator.id,
    owner,
    facilitator.hlc,
    code,
  );
  const training = row();
  db.prepare("INSERT INTO facilitator_trainings (id, owner_site_id, hlc, facilitator_id, title, start_date, end_date, hours, created_at) VALUES (?, ?, ?, ?, 'Curso', '2026-02-01', '2026-02-03', 24, 1)").run(
    training.id,
    owner,
    training.hlc,
    facilitator.id,
  );
  const course = row();
  db.prepare("INSERT INTO facilitator_courses (id, owner_site_id, hlc, title, start_date, end_date, hours, created_at) VALUES (?, ?, ?, 'Curso nacional', '2026-03-01', '2026-03-05', 40, 1)").run(course.id, owner, course.hlc);
  const attendance = row();
  db.prepare('INSERT INTO facilitator_course_attendance (id, owner_site_id, hlc, course_id, facilitator_id, hours_attended, completed, created_at) VALUES (?, ?, ?, ?, ?, 40, 1, 1)').run(
    attendance.id,
    owner,
    attendance.hlc,
    course.id,
    facilitator.id,
  );
  const visit = row();
  db.prepare("INSERT INTO supervision_visits (id, owner_site_id, hlc, visit_date, facility_code, supervisor, findings, agreements, created_at) VALUES (?, ?, ?, '2026-04-01', ?, 'Coordinadora', 'Libro al día', 'Seguir', 1)").run(
    visit.id,
    owner,
    visit.hlc,
    code,
  );
  const directory = row();
  db.prepare("INSERT INTO group_directories (id, owner_site_id, hlc, region, published_on, entry_count, created_at) VALUES (?, ?, ?, 'Cusco', '2026-05-01', 1, 1)").run(directory.id, owner, directory.hlc);
  const entry = row();
  db.prepare("INSERT INTO group_directory_entries (id, owner_site_id, hlc, directory_id, facility_code, facility_name, group_name, place) VALUES (?, ?, ?, ?, ?, 'Puesto', 'Grupo Uno', 'Local comunal')").run(
    entry.id,
    owner,
    entry.hlc,
    directory.id,
    code,
  );
  const mapping = row();
  db.prepare("INSERT INTO dhis2_mapping_imports (id, owner_site_id, hlc, file_name, imported_on, entry_count, rejected_count, created_at) VALUES (?, ?, ?, 'mapeo.csv', '2026-11-01', 1, 0, 1)").run(mapping.id, owner, mapping.hlc);
  const mapped = row();
  db.prepare("INSERT INTO dhis2_mapping_entries (id, owner_site_id, hlc, import_id, kind, key, uid) VALUES (?, ?, ?, ?, 'orgUnit', 'pais', 'OuPeru00001')").run(mapped.id, owner, mapped.hlc, mapping.id);
  const cohort = row();
  db.prepare("INSERT INTO birth_cohorts (id, owner_site_id, hlc, region, year, public_births, created_at) VALUES (?, ?, ?, 'Cusco', 2026, 12000, 1)").run(cohort.id, owner, cohort.hlc);
}
