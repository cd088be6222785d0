import { and, eq } from 'drizzle-orm';
import { membersOn } from '../../src-shared/groups/group-rules';
import { groupsText } from '../../src-shared/groups/text';
import type { Anexo2Data } from '../../src-shared/printing/anexo2';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { groupDetail } from '../groups/groups-service';
import { groupSessions, leadMothers, sessionAttendance } from '../groups/groups.schema';
import { registryFacility } from '../levels/registry-service';
import { localSite } from '../site/site-service';

function leadMotherName(ctx: AppContext, id: string | null): string | null {
  if (!id) return null;
  const row = ctx.db.select().from(leadMothers).where(eq(leadMothers.id, id)).get();
  return row ? `${row.firstNames} ${row.lastNames}` : null;
}

/**
 * What Anexo 2 needs: the site's header, the session (or the next planned one, or none: the sheet to take
 * to the meeting) and who takes part: for a held session the members marked present, otherwise the
 * members of the group on that day (the sheet to fill in). District and province come from the official
 * registry sent down (issue 16.3): blank until it has arrived or when the facility is not in it.
 */
export function anexo2Data(ctx: AppContext, groupId: string | null, sessionId: string | null): Anexo2Data {
  const site = localSite(ctx);
  const official = site ? registryFacility(ctx, site.code) : null;
  const header = {
    facility: site?.name ?? '',
    microNetwork: site?.microNetwork ?? '',
    network: site?.network ?? '',
    region: site?.region ?? '',
    district: official?.district ?? '',
    province: official?.province ?? '',
  };
  if (!groupId) return { ...header, sessionDate: null, place: '', community: '', facilitators: [], participants: [] };
  const group = groupDetail(ctx, groupId);
  const session = sessionId
    ? ctx.db.select().from(groupSessions).where(and(eq(groupSessions.id, sessionId), eq(groupSessions.groupId, groupId), eq(groupSessions.deleted, false))).get()
    : null;
  if (sessionId && !session) throw new AppError('NOT_FOUND', groupsText.errors.sessionNotFound);
  const date = session?.sessionDate ?? group.nextPlanned?.date ?? null;
  const facilitators: { name: string; kind: 'MG' | 'PS' }[] = [];
  const mother = leadMotherName(ctx, session?.facilitatorLeadMotherId ?? null) ?? group.leadMothers[0]?.name ?? null;
  if (mother) facilitators.push({ name: mother, kind: 'MG' });
  if (session?.facilitatorStaff) facilitators.push({ name: session.facilitatorStaff, kind: 'PS' });
  const present =
    session?.status === 'held'
      ? new Set(
          ctx.db
            .select({ memberId: sessionAttendance.memberId })
            .from(sessionAttendance)
            .where(and(eq(sessionAttendance.sessionId, session.id), eq(sessionAttendance.present, true), eq(sessionAttendance.deleted, false)))
            .all()
            .map((row) => row.memberId),
        )
      : null;
  const participants = present ? group.members.filter((m) => present.has(m.id)) : membersOn(group.members, date ?? todayIso(ctx));
  return {
    ...header,
    sessionDate: date,
    place: session?.place ?? group.nextPlanned?.place ?? group.place,
    community: group.community,
    facilitators,
    participants: participants.map((m) => ({
      name: `${m.firstNames} ${m.lastNames}`,
      age: m.age,
      pregnantOrBreastfeeding: m.memberType === 'pregnant' ? 'E' : m.memberType === 'breastfeeding' ? 'L' : null,
      hasChildUnder2: m.childAgeMonths !== null || m.memberType === 'motherUnder2' || m.memberType === 'caregiver',
      childAgeMonths: m.childAgeMonths,
      address: m.address,
    })),
  };
}
