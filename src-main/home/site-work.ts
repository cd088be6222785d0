import { addDays, daysBetween } from '../../src-shared/common/dates';
import { homeText } from '../../src-shared/home/text';
import { isLate, type WorkWindows } from '../../src-shared/home/work-rules';
import type { WorkRow, WorkStatus } from '../../src-shared/home/work-lists';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { SYNC_TABLE_LABELS } from '../../src-shared/sync/ui-text';
import type { AppContext } from '../app/context';
import { todayIso } from '../app/today';
import { listBackups } from '../backup/backup-service';
import { followUps } from '../groups/monitoring-service';
import { courseDetail, listCourses } from '../groups/training-service';
import { localSite, requireLocalSiteId } from '../site/site-service';
import { openConflicts } from '../sync/conflicts-service';
import { dataQuality } from '../sync/data-quality-service';

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Planned sessions from today to Sunday. */
export function sessionsThisWeek(ctx: AppContext): WorkRow[] {
  const today = todayIso(ctx);
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  return (
    ctx.sqlite
      .prepare(
        `SELECT s.session_date AS date, s.session_time AS time, g.name AS "group", s.place, s.topic FROM group_sessions s JOIN support_groups g ON g.id = s.group_id
          WHERE s.status = 'planned' AND s.deleted = 0 AND g.deleted = 0 AND s.session_date BETWEEN ? AND ? ORDER BY s.session_date, s.session_time`,
      )
      .all(today, addDays(today, 6 - weekday)) as Record<string, string>[]
  ).map((cells) => ({ cells }));
}

/** Groups without a session held in the window (a group formed inside it is not idle yet). */
export function idleGroups(ctx: AppContext, windows: WorkWindows): WorkRow[] {
  const since = addDays(todayIso(ctx), -windows.idleGroupDays);
  return (
    ctx.sqlite
      .prepare(
        `SELECT g.name AS "group", (SELECT MAX(s.session_date) FROM group_sessions s WHERE s.group_id = g.id AND s.status = 'held' AND s.deleted = 0) AS lastSessionDate
           FROM support_groups g WHERE g.deleted = 0 AND g.formed_on < ?
          AND NOT EXISTS (SELECT 1 FROM group_sessions s WHERE s.group_id = g.id AND s.status = 'held' AND s.deleted = 0 AND s.session_date >= ?)
          ORDER BY lastSessionDate`,
      )
      .all(since, since) as { group: string; lastSessionDate: string | null }[]
  ).map((cells) => ({ cells }));
}

export function repeatedAbsences(ctx: AppContext): WorkRow[] {
  return followUps(ctx).members.map((m) => ({ cells: { member: m.name, group: m.groupName, absences: m.absences } }));
}

/** Lead mothers still in training, with the topics they miss in each course. */
export function trainingMissing(ctx: AppContext): WorkRow[] {
  const inTraining = new Set(ctx.sqlite.prepare("SELECT id FROM lead_mothers WHERE status = 'inTraining' AND deleted = 0").pluck().all() as string[]);
  if (inTraining.size === 0) return [];
  return listCourses(ctx).flatMap((course) =>
    courseDetail(ctx, course.id)
      .enrolled.filter((e) => inTraining.has(e.leadMotherId) && !e.completed)
      .map((e) => ({ cells: { leadMother: e.name, course: course.name, hoursCompleted: e.hoursCompleted, missingTopics: e.missing.join(', ') } })),
  );
}

export function plansAwaiting(ctx: AppContext): WorkRow[] {
  return (ctx.sqlite.prepare("SELECT title, version, status, agreed_on AS agreedOn FROM implementation_plans WHERE status = 'agreed' AND deleted = 0 ORDER BY version").all() as { title: string; version: number; status: 'agreed'; agreedOn: string | null }[]).map(
    (p) => ({ cells: { year: `${p.title} (v${p.version})`, status: groupsUi.coordination.statuses[p.status], updatedAt: p.agreedOn } }),
  );
}

/** GT: every facility that attends births has at least one support group. */
export function birthFacilityWithoutGroup(ctx: AppContext): WorkRow[] {
  const site = localSite(ctx);
  if (site?.kind !== 'facility' || !site.attendsBirths) return [];
  const groups = ctx.sqlite.prepare('SELECT COUNT(*) FROM support_groups WHERE deleted = 0 AND owner_site_id = ?').pluck().get(site.id) as number;
  return groups > 0 ? [] : [{ cells: { facility: site.name } }];
}

export function lockedUsers(ctx: AppContext): WorkRow[] {
  return (
    ctx.sqlite
      .prepare('SELECT u.username AS user, u.full_name AS fullName, c.locked_until AS until FROM users u JOIN user_credentials c ON c.user_id = u.id WHERE c.locked_until > ? AND u.deleted = 0 ORDER BY u.username')
      .all(ctx.now()) as { user: string; fullName: string; until: number }[]
  ).map((u) => ({ cells: { user: u.user, fullName: u.fullName, lockedUntil: new Date(u.until).toLocaleString('es-PE') } }));
}

/** Sites below that sent nothing for longer than the window (or never), the longest silent first. */
export function lateFacilities(ctx: AppContext, windows: WorkWindows): WorkRow[] {
  const today = todayIso(ctx);
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.name AS facility, p.code, (SELECT MAX(i.imported_at) FROM sync_imports i WHERE i.sender_site_id = p.site_id) AS last
         FROM sync_peers p WHERE p.relation = 'child'`,
    )
    .all() as { facility: string; code: string; last: number | null }[];
  return rows
    .map((r) => ({ ...r, lastReceived: r.last === null ? null : dayOf(r.last) }))
    .filter((r) => isLate(r.lastReceived, today, windows.lateFacilityDays))
    .sort((a, b) => (a.lastReceived ?? '').localeCompare(b.lastReceived ?? ''))
    .map((r) => ({ cells: { facility: r.facility, code: r.code, lastReceived: r.lastReceived, days: r.lastReceived === null ? homeText.never : daysBetween(r.lastReceived, today) } }));
}

export function conflicts(ctx: AppContext): WorkRow[] {
  return openConflicts(ctx).map((c) => ({ cells: { table: SYNC_TABLE_LABELS[c.table] ?? c.table, record: c.rowId.slice(0, 8), detectedAt: dayOf(c.detectedAt) } }));
}

export function infantsAtTwoFacilities(ctx: AppContext): WorkRow[] {
  return dataQuality(ctx).infantsAtSeveralFacilities.map((i) => ({ cells: { infantNationalId: i.nationalId, infant: i.records[0]?.name ?? '', facilities: [...new Set(i.records.map((r) => r.site))].join(', ') } }));
}

/** Bundles refused whole, and bundles with refused rows, of the last import day. */
export function bundlesRefused(ctx: AppContext): WorkRow[] {
  const last = ctx.sqlite.prepare("SELECT MAX(at) FROM audit_log WHERE action IN ('sync.import', 'sync.importRefused')").pluck().get() as number | null;
  if (last === null) return [];
  const since = Date.parse(`${dayOf(last)}T00:00:00Z`);
  const whole = ctx.sqlite.prepare("SELECT at, detail FROM audit_log WHERE action = 'sync.importRefused' AND at >= ? ORDER BY at").all(since) as { at: number; detail: string }[];
  const partial = (ctx.sqlite.prepare('SELECT i.imported_at AS at, i.summary, p.name FROM sync_imports i LEFT JOIN sync_peers p ON p.site_id = i.sender_site_id WHERE i.imported_at >= ? ORDER BY i.imported_at').all(since) as { at: number; summary: string; name: string | null }[])
    .map((i) => ({ ...i, refused: Object.values(JSON.parse(i.summary) as Record<string, { refused?: number }>).reduce((sum, t) => sum + (t.refused ?? 0), 0) }))
    .filter((i) => i.refused > 0);
  return [
    // A bundle refused whole may not even say truly who sent it: its reason is what the coordinator reads.
    ...whole.map((w) => ({ cells: { importedAt: dayOf(w.at), facility: homeText.unknownSender, refused: homeText.wholeBundle, reason: w.detail.replace(/^[A-Z_]+: /, '') } })),
    ...partial.map((p) => ({ cells: { importedAt: dayOf(p.at), facility: p.name ?? '', refused: homeText.refusedRows(p.refused), reason: homeText.rowsReason } })),
  ];
}

/** The admin's facts of the day: copies, bundles, updates. */
export function adminStatus(ctx: AppContext): WorkStatus[] {
  const today = todayIso(ctx);
  const view = listBackups(ctx);
  const newest = view.backups.reduce<number | null>((max, b) => (max === null || b.takenAt > max ? b.takenAt : max), null);
  const lastOf = (action: string) => ctx.sqlite.prepare('SELECT MAX(at) FROM audit_log WHERE action = ?').pluck().get(action) as number | null;
  const ago = (ms: number | null) => (ms === null ? null : daysBetween(dayOf(ms), today));
  const backupDays = ago(newest);
  const sent = ago(lastOf('sync.export'));
  const ack = ago(lastOf('sync.ackImport'));
  const installed = ago(lastOf('update.install'));
  const hasParent = (ctx.sqlite.prepare("SELECT COUNT(*) FROM sync_peers WHERE relation = 'parent'").pluck().get() as number) > 0;
  requireLocalSiteId(ctx);
  return [
    { key: 'lastBackup', tone: backupDays === null || backupDays > 1 ? 'warning' : 'ok', text: homeText.status.lastBackup(newest === null ? null : new Date(newest).toLocaleString('es-PE'), backupDays) },
    { key: 'secondFolder', tone: view.secondFolder ? 'ok' : 'warning', text: homeText.status.secondFolder(view.secondFolder === null ? 'none' : 'ok') },
    ...(hasParent
      ? [
          { key: 'lastBundleSent', tone: sent === null || sent > 14 ? 'warning' : 'ok', text: homeText.status.lastBundleSent(sent) } as const,
          { key: 'lastAck', tone: ack === null || ack > 30 ? 'warning' : 'ok', text: homeText.status.lastAck(ack) } as const,
        ]
      : []),
    { key: 'lastUpdate', tone: 'ok', text: homeText.status.lastUpdate(installed) },
  ];
}
