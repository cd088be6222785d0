import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from '../db/sync-columns';

const audited = () => ({ createdAt: integer('created_at').notNull(), createdBy: text('created_by') });

/**
 * One import of the official facility registry (RENAES/IPRESS, REFES) at the national or regional site
 * (issue 16.2). Reference data: it travels down like the padrón, and the newest one in force gives every
 * level its denominators.
 */
export const registryImports = sqliteTable('registry_imports', {
  ...syncColumns(),
  /** The name of the site that imported it, as levels two steps below have no row of that site. */
  issuerName: text('issuer_name').notNull().default(''),
  fileName: text('file_name').notNull(),
  listDate: text('list_date').notNull(),
  rowCount: integer('row_count').notNull(),
  rejectedCount: integer('rejected_count').notNull(),
  ...audited(),
});

export const registryFacilities = sqliteTable(
  'registry_facilities',
  {
    ...syncColumns(),
    importId: text('import_id')
      .notNull()
      .references(() => registryImports.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull().default(''),
    region: text('region').notNull(),
    network: text('network').notNull().default(''),
    microNetwork: text('micro_network').notNull().default(''),
    district: text('district').notNull().default(''),
    province: text('province').notNull().default(''),
    attendsBirths: integer('attends_births', { mode: 'boolean' }).notNull(),
    phone: text('phone').notNull().default(''),
  },
  (table) => [uniqueIndex('registry_facilities_import_code').on(table.importId, table.code)],
);

/**
 * A facilitator (GT glossary, §5.3.1.2): a health professional of a facility the region identified with
 * the Anexo N° 1 profile (ten points, JSON booleans by key as for lead mothers), registered at the region.
 */
export const facilitators = sqliteTable(
  'facilitators',
  {
    ...syncColumns(),
    region: text('region').notNull(),
    facilityCode: text('facility_code').notNull(),
    fullName: text('full_name').notNull(),
    nationalId: text('national_id').notNull().default(''),
    profession: text('profession').notNull(),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    profile: text('profile').notNull(),
    registeredOn: text('registered_on').notNull(),
    inactiveSince: text('inactive_since'),
    inactiveReason: text('inactive_reason').notNull().default(''),
    ...audited(),
  },
  (table) => [index('facilitators_region').on(table.region)],
);

/** Training a facilitator received, recorded by the region (dates and hours). */
export const facilitatorTrainings = sqliteTable('facilitator_trainings', {
  ...syncColumns(),
  facilitatorId: text('facilitator_id')
    .notNull()
    .references(() => facilitators.id),
  title: text('title').notNull(),
  provider: text('provider').notNull().default(''),
  startDate: text('start_date').notNull(),
  endDate: text('end_date').notNull(),
  hours: integer('hours').notNull(),
  ...audited(),
});

/** A training of facilitators the national level conducts (GT §5.3.1.1); travels down to the regions. */
export const facilitatorCourses = sqliteTable('facilitator_courses', {
  ...syncColumns(),
  title: text('title').notNull(),
  place: text('place').notNull().default(''),
  startDate: text('start_date').notNull(),
  endDate: text('end_date').notNull(),
  hours: integer('hours').notNull(),
  ...audited(),
});

/**
 * Who attended a national course and for how many hours. The facilitator is a region's record and the
 * attendance the national level's: a reference across owners by design, so no foreign key (a row whose
 * facilitator is unknown here simply counts for nobody).
 */
export const facilitatorCourseAttendance = sqliteTable(
  'facilitator_course_attendance',
  {
    ...syncColumns(),
    courseId: text('course_id')
      .notNull()
      .references(() => facilitatorCourses.id),
    facilitatorId: text('facilitator_id').notNull(),
    hoursAttended: integer('hours_attended').notNull(),
    completed: integer('completed', { mode: 'boolean' }).notNull(),
    ...audited(),
  },
  (table) => [uniqueIndex('facilitator_course_attendance_unique').on(table.courseId, table.facilitatorId).where(sql`${table.deleted} = 0`)],
);

/** A supervision visit of the region or the national level to a facility (GT §5.3.1): what was found, what was agreed. */
export const supervisionVisits = sqliteTable('supervision_visits', {
  ...syncColumns(),
  visitDate: text('visit_date').notNull(),
  facilityCode: text('facility_code').notNull(),
  facilitatorId: text('facilitator_id'),
  supervisor: text('supervisor').notNull(),
  findings: text('findings').notNull(),
  agreements: text('agreements').notNull(),
  ...audited(),
});

/**
 * The directory of support groups the region publishes for Level II/III facilities (where mothers can
 * find a group): a dated snapshot, reference data sent down so every facility can print it.
 */
export const groupDirectories = sqliteTable('group_directories', {
  ...syncColumns(),
  issuerName: text('issuer_name').notNull().default(''),
  region: text('region').notNull(),
  publishedOn: text('published_on').notNull(),
  entryCount: integer('entry_count').notNull(),
  ...audited(),
});

export const groupDirectoryEntries = sqliteTable(
  'group_directory_entries',
  {
    ...syncColumns(),
    directoryId: text('directory_id')
      .notNull()
      .references(() => groupDirectories.id),
    facilityCode: text('facility_code').notNull(),
    facilityName: text('facility_name').notNull(),
    network: text('network').notNull().default(''),
    microNetwork: text('micro_network').notNull().default(''),
    district: text('district').notNull().default(''),
    groupName: text('group_name').notNull(),
    community: text('community').notNull().default(''),
    place: text('place').notNull(),
    meetingDay: text('meeting_day').notNull().default(''),
    meetingTime: text('meeting_time').notNull().default(''),
    contact: text('contact').notNull().default(''),
  },
  (table) => [index('group_directory_entries_directory').on(table.directoryId)],
);

/**
 * The public-sector birth cohort of a jurisdiction for a year (seed 004: the purchase estimate is 3 % of
 * it × 24 kg), entered at the national or regional site; reference data.
 */
export const birthCohorts = sqliteTable(
  'birth_cohorts',
  {
    ...syncColumns(),
    region: text('region').notNull(),
    year: integer('year').notNull(),
    publicBirths: integer('public_births').notNull(),
    ...audited(),
  },
  (table) => [uniqueIndex('birth_cohorts_owner_region_year').on(table.ownerSiteId, table.region, table.year).where(sql`${table.deleted} = 0`)],
);
