import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { latestAhead, showIsoDate } from '../../src-shared/common/dates';
import type { designatedStaffSchema, endDesignationSchema, keyActorSchema, minutesEntrySchema } from '../../src-shared/groups/coordination-schemas';
import { groupsText } from '../../src-shared/groups/text';
import type { Coordination } from '../../src-shared/groups/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { prepareAttachment, storeAttachment, type StoredAttachment } from '../attachments/ingest';
import { linkAttachment } from '../attachments/links';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { designatedStaff, keyActors, minutesEntries } from './groups.schema';

const t = groupsText.errors;

/** Designated staff (GT §6.1.1 a), key community actors and the minutes book (GT §6.1.1 b). */
export function coordination(ctx: AppContext): Coordination {
  return {
    staff: ctx.db
      .select()
      .from(designatedStaff)
      .where(eq(designatedStaff.deleted, false))
      .orderBy(desc(designatedStaff.designatedOn))
      .all()
      .map((s) => ({ id: s.id, fullName: s.fullName, profession: s.profession, role: s.role, designatedOn: s.designatedOn, endedOn: s.endedOn, document: s.document })),
    actors: ctx.db
      .select()
      .from(keyActors)
      .where(eq(keyActors.deleted, false))
      .orderBy(asc(keyActors.fullName))
      .all()
      .map((a) => ({ id: a.id, fullName: a.fullName, organisation: a.organisation, position: a.position, phone: a.phone, community: a.community })),
    minutes: ctx.db
      .select()
      .from(minutesEntries)
      .where(eq(minutesEntries.deleted, false))
      .orderBy(desc(minutesEntries.meetingDate))
      .all()
      .map((m) => ({ id: m.id, meetingDate: m.meetingDate, place: m.place, participants: m.participants, agreements: m.agreements })),
  };
}

export function designateStaff(ctx: AppContext, input: z.output<typeof designatedStaffSchema>): Coordination {
  if (input.designatedOn > todayIso(ctx)) throw fieldError('designatedOn', t.inFuture);
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db.insert(designatedStaff).values({ ...columns, ...input, endedOn: null }).run();
    recordAudit(ctx, { action: 'groups.staffDesignate', recordTable: 'designated_staff', recordId: columns.id, detail: `${input.fullName} (${input.profession})` });
  });
  return coordination(ctx);
}

export function endDesignation(ctx: AppContext, input: z.output<typeof endDesignationSchema>): Coordination {
  const row = ctx.db.select().from(designatedStaff).where(and(eq(designatedStaff.id, input.id), eq(designatedStaff.deleted, false))).get();
  if (!row) throw new AppError('NOT_FOUND', t.staffNotFound);
  if (input.endedOn < row.designatedOn) throw fieldError('endedOn', t.endedBeforeDesignated);
  if (input.endedOn > latestAhead(todayIso(ctx), 'planned')) throw fieldError('endedOn', t.tooFarAhead);
  inTransaction(ctx, () => {
    ctx.db.update(designatedStaff).set({ endedOn: input.endedOn, ...changeStamp(ctx) }).where(eq(designatedStaff.id, row.id)).run();
    recordAudit(ctx, { action: 'groups.staffEnd', recordTable: 'designated_staff', recordId: row.id, detail: `${row.fullName}: hasta el ${showIsoDate(input.endedOn)}` });
  });
  return coordination(ctx);
}

export function addKeyActor(ctx: AppContext, input: z.output<typeof keyActorSchema>): Coordination {
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db.insert(keyActors).values({ ...columns, ...input }).run();
    recordAudit(ctx, { action: 'groups.actorAdd', recordTable: 'key_actors', recordId: columns.id, detail: `${input.fullName} (${input.organisation})` });
  });
  return coordination(ctx);
}

/** A minutes-book entry; the signed page is checked and stored before the transaction, then linked in it. */
export async function addMinutes(ctx: AppContext, input: z.output<typeof minutesEntrySchema>): Promise<Coordination> {
  if (input.meetingDate > todayIso(ctx)) throw fieldError('meetingDate', t.inFuture);
  let page: StoredAttachment | null = null;
  if (input.signedPage) {
    try {
      page = storeAttachment(ctx, await prepareAttachment(input.signedPage.fileName, Buffer.from(input.signedPage.dataBase64, 'base64')));
    } catch (error) {
      if (error instanceof AppError) throw fieldError('signedPage', error.message);
      throw error;
    }
  }
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db
      .insert(minutesEntries)
      .values({ ...columns, meetingDate: input.meetingDate, place: input.place, participants: input.participants, agreements: input.agreements })
      .run();
    if (page) linkAttachment(ctx, page, { recordTable: 'minutes_entries', recordId: columns.id, kind: 'minutes', replacesLinkId: null });
    recordAudit(ctx, { action: 'groups.minutesAdd', recordTable: 'minutes_entries', recordId: columns.id, detail: `${showIsoDate(input.meetingDate)}, ${input.place}` });
  });
  return coordination(ctx);
}
