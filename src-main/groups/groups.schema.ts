import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from '../db/sync-columns';

const audited = () => ({ createdAt: integer('created_at').notNull(), createdBy: text('created_by') });

/** Health staff the facility authority designates for the support groups, or its breastfeeding committee (GT §6.1.1 a). */
export const designatedStaff = sqliteTable('designated_staff', {
  ...syncColumns(),
  fullName: text('full_name').notNull(),
  profession: text('profession').notNull(),
  role: text('role', { enum: ['designated', 'committee'] }).notNull(),
  designatedOn: text('designated_on').notNull(),
  endedOn: text('ended_on'),
  document: text('document').notNull().default(''),
  ...audited(),
});

/** Key community actors (GT §6.1.1 b). */
export const keyActors = sqliteTable('key_actors', {
  ...syncColumns(),
  fullName: text('full_name').notNull(),
  organisation: text('organisation').notNull(),
  position: text('position').notNull().default(''),
  phone: text('phone').notNull().default(''),
  community: text('community').notNull().default(''),
  ...audited(),
});

/** An entry of the minutes book (libro de actas); the signed page is attached. */
export const minutesEntries = sqliteTable('minutes_entries', {
  ...syncColumns(),
  meetingDate: text('meeting_date').notNull(),
  place: text('place').notNull(),
  participants: text('participants').notNull(),
  agreements: text('agreements').notNull(),
  ...audited(),
});

/** Madre guía (GT §6.1.2 a). The profile is the seven-point checklist, stored as JSON booleans by key. */
export const leadMothers = sqliteTable(
  'lead_mothers',
  {
    ...syncColumns(),
    firstNames: text('first_names').notNull(),
    lastNames: text('last_names').notNull(),
    nationalId: text('national_id'),
    phone: text('phone').notNull().default(''),
    community: text('community').notNull().default(''),
    address: text('address').notNull().default(''),
    profile: text('profile').notNull(),
    notes: text('notes').notNull().default(''),
    selectedOn: text('selected_on'),
    status: text('status', { enum: ['candidate', 'inTraining', 'trained', 'active', 'inactive'] }).notNull(),
    ...audited(),
  },
  (table) => [index('lead_mothers_status').on(table.status)],
);

/** Non-monetary recognitions received (GT §5.3.1.2). */
export const leadMotherRecognitions = sqliteTable('lead_mother_recognitions', {
  ...syncColumns(),
  leadMotherId: text('lead_mother_id')
    .notNull()
    .references(() => leadMothers.id),
  receivedOn: text('received_on').notNull(),
  description: text('description').notNull(),
  ...audited(),
});

export const trainingCourses = sqliteTable('training_courses', {
  ...syncColumns(),
  name: text('name').notNull(),
  modality: text('modality', { enum: ['fourByThree', 'sixByTwo'] }).notNull(),
  place: text('place').notNull().default(''),
  startsOn: text('starts_on').notNull(),
  ...audited(),
});

/** A session of a course; a make-up session repeats a topic number for those who missed it. */
export const trainingSessions = sqliteTable(
  'training_sessions',
  {
    ...syncColumns(),
    courseId: text('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    topicNumber: integer('topic_number').notNull(),
    topic: text('topic').notNull(),
    hours: real('hours').notNull(),
    sessionDate: text('session_date'),
    makeUp: integer('make_up', { mode: 'boolean' }).notNull().default(false),
    ...audited(),
  },
  (table) => [index('training_sessions_course').on(table.courseId)],
);

export const trainingEnrolments = sqliteTable(
  'training_enrolments',
  {
    ...syncColumns(),
    courseId: text('course_id')
      .notNull()
      .references(() => trainingCourses.id),
    leadMotherId: text('lead_mother_id')
      .notNull()
      .references(() => leadMothers.id),
    ...audited(),
  },
  (table) => [uniqueIndex('training_enrolments_unique').on(table.courseId, table.leadMotherId).where(sql`${table.deleted} = 0`)],
);

export const trainingAttendance = sqliteTable(
  'training_attendance',
  {
    ...syncColumns(),
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    leadMotherId: text('lead_mother_id')
      .notNull()
      .references(() => leadMothers.id),
    present: integer('present', { mode: 'boolean' }).notNull(),
    ...audited(),
  },
  (table) => [uniqueIndex('training_attendance_unique').on(table.sessionId, table.leadMotherId).where(sql`${table.deleted} = 0`)],
);

/** Grupo de apoyo (GT §6.1.1 b, §6.1.3). Lead mothers, rules and topics are JSON lists. */
export const supportGroups = sqliteTable('support_groups', {
  ...syncColumns(),
  name: text('name').notNull(),
  formedOn: text('formed_on').notNull(),
  leadMotherIds: text('lead_mother_ids').notNull(),
  rules: text('rules').notNull().default(''),
  place: text('place').notNull(),
  meetingDay: text('meeting_day').notNull().default(''),
  meetingTime: text('meeting_time').notNull().default(''),
  periodicityDays: integer('periodicity_days').notNull(),
  topics: text('topics').notNull().default(''),
  community: text('community').notNull().default(''),
  ...audited(),
});

export const groupMembers = sqliteTable(
  'group_members',
  {
    ...syncColumns(),
    groupId: text('group_id')
      .notNull()
      .references(() => supportGroups.id),
    firstNames: text('first_names').notNull(),
    lastNames: text('last_names').notNull(),
    /** Lower-case, accent-free "first last", to find a member added twice. */
    searchName: text('search_name').notNull(),
    nationalId: text('national_id'),
    memberType: text('member_type', { enum: ['pregnant', 'breastfeeding', 'motherUnder2', 'caregiver', 'relative'] }).notNull(),
    age: integer('age'),
    childAgeMonths: integer('child_age_months'),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    joinedOn: text('joined_on').notNull(),
    leftOn: text('left_on'),
    ...audited(),
  },
  (table) => [index('group_members_group').on(table.groupId)],
);

/**
 * A session of a group (GT §6.1.3 b): planned (from the previous session's "next session") or held.
 * Notes hold personal testimonies: confidential, never exported in lists.
 */
export const groupSessions = sqliteTable(
  'group_sessions',
  {
    ...syncColumns(),
    groupId: text('group_id')
      .notNull()
      .references(() => supportGroups.id),
    status: text('status', { enum: ['planned', 'held'] }).notNull(),
    sessionDate: text('session_date').notNull(),
    sessionTime: text('session_time').notNull().default(''),
    place: text('place').notNull(),
    topic: text('topic').notNull(),
    facilitatorLeadMotherId: text('facilitator_lead_mother_id'),
    facilitatorStaff: text('facilitator_staff').notNull().default(''),
    /** The five moments: JSON { key: { done, minutes } }. */
    moments: text('moments').notNull().default('{}'),
    agreements: text('agreements').notNull().default(''),
    confidentialNotes: text('confidential_notes').notNull().default(''),
    ...audited(),
  },
  (table) => [
    index('group_sessions_group_date').on(table.groupId, table.sessionDate),
    // The consolidated view reads the sessions held in a period, at every facility at once (issue 16).
    index('group_sessions_held_date').on(table.status, table.sessionDate, table.ownerSiteId, table.id).where(sql`${table.deleted} = 0`),
  ],
);

export const sessionAttendance = sqliteTable(
  'session_attendance',
  {
    ...syncColumns(),
    sessionId: text('session_id')
      .notNull()
      .references(() => groupSessions.id),
    memberId: text('member_id')
      .notNull()
      .references(() => groupMembers.id),
    present: integer('present', { mode: 'boolean' }).notNull(),
    absenceReason: text('absence_reason').notNull().default(''),
    justified: integer('justified', { mode: 'boolean' }).notNull().default(false),
    ...audited(),
  },
  (table) => [
    uniqueIndex('session_attendance_unique').on(table.sessionId, table.memberId).where(sql`${table.deleted} = 0`),
    // Attendance of a session counted from the index alone (issue 16's consolidated view).
    index('session_attendance_session_present').on(table.sessionId, table.present).where(sql`${table.deleted} = 0`),
  ],
);

/** HIS daily-activity codes (GT §6.3): the guide gives none, so the admin keeps the table. */
export const hisCodes = sqliteTable('his_codes', {
  ...syncColumns(),
  activity: text('activity', { enum: ['training', 'groupSession', 'minutes'] }).notNull(),
  code: text('code').notNull(),
  description: text('description').notNull(),
  ...audited(),
});

/**
 * Implementation plan (GT §6.1.1 c): the eight sections as JSON text by key, a status, and its approval
 * by the facility authority. An approved plan is read-only; a change starts a new version.
 */
export const implementationPlans = sqliteTable('implementation_plans', {
  ...syncColumns(),
  version: integer('version').notNull(),
  title: text('title').notNull(),
  sections: text('sections').notNull(),
  status: text('status', { enum: ['draft', 'agreed', 'approved'] }).notNull(),
  agreedOn: text('agreed_on'),
  approvedOn: text('approved_on'),
  approvedBy: text('approved_by'),
  ...audited(),
});

export const planActivities = sqliteTable(
  'plan_activities',
  {
    ...syncColumns(),
    planId: text('plan_id')
      .notNull()
      .references(() => implementationPlans.id),
    activity: text('activity').notNull(),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    responsible: text('responsible').notNull(),
    ...audited(),
  },
  (table) => [index('plan_activities_plan').on(table.planId)],
);

export const planBudgetLines = sqliteTable(
  'plan_budget_lines',
  {
    ...syncColumns(),
    planId: text('plan_id')
      .notNull()
      .references(() => implementationPlans.id),
    item: text('item').notNull(),
    amount: real('amount').notNull(),
    financing: text('financing').notNull(),
    ...audited(),
  },
  (table) => [index('plan_budget_lines_plan').on(table.planId)],
);
