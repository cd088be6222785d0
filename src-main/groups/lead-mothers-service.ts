import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { LEAD_MOTHER_PROFILE_KEYS, LEAD_MOTHER_STATUS_LABELS, profilePoints, type LeadMotherProfile } from '../../src-shared/groups/lead-mothers';
import type { leadMotherStatusSchema, newLeadMotherSchema, recognitionSchema } from '../../src-shared/groups/schemas';
import { groupsText } from '../../src-shared/groups/text';
import type { LeadMotherSummary } from '../../src-shared/groups/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { leadMotherRecognitions, leadMothers } from './groups.schema';
import { trainingProgressByLeadMother } from './training-service';

const t = groupsText.errors;

function parseProfile(json: string): LeadMotherProfile {
  const raw = JSON.parse(json) as Record<string, unknown>;
  return Object.fromEntries(LEAD_MOTHER_PROFILE_KEYS.map((key) => [key, raw[key] === true])) as LeadMotherProfile;
}

export function listLeadMothers(ctx: AppContext, ids?: readonly string[]): LeadMotherSummary[] {
  const conditions = [eq(leadMothers.deleted, false)];
  if (ids) conditions.push(inArray(leadMothers.id, [...ids]));
  const rows = ctx.db
    .select()
    .from(leadMothers)
    .where(and(...conditions))
    .orderBy(asc(leadMothers.lastNames), asc(leadMothers.firstNames))
    .all();
  const recognitions = ctx.db.select().from(leadMotherRecognitions).where(eq(leadMotherRecognitions.deleted, false)).orderBy(asc(leadMotherRecognitions.receivedOn)).all();
  const training = trainingProgressByLeadMother(ctx);
  return rows.map((row) => {
    const profile = parseProfile(row.profile);
    return {
      id: row.id,
      firstNames: row.firstNames,
      lastNames: row.lastNames,
      nationalId: row.nationalId,
      phone: row.phone,
      community: row.community,
      address: row.address,
      profile,
      profilePoints: profilePoints(profile),
      notes: row.notes,
      selectedOn: row.selectedOn,
      status: row.status,
      recognitions: recognitions.filter((r) => r.leadMotherId === row.id).map((r) => ({ id: r.id, receivedOn: r.receivedOn, description: r.description })),
      training: training.get(row.id) ?? null,
    };
  });
}

export function getLeadMother(ctx: AppContext, id: string): LeadMotherSummary {
  const [found] = listLeadMothers(ctx, [id]);
  if (!found) throw new AppError('NOT_FOUND', t.leadMotherNotFound);
  return found;
}

export function createLeadMother(ctx: AppContext, input: z.output<typeof newLeadMotherSchema>): LeadMotherSummary {
  if (input.selectedOn && input.selectedOn > todayIso(ctx)) throw fieldError('selectedOn', t.inFuture);
  const id = inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db
      .insert(leadMothers)
      .values({
        ...columns,
        firstNames: input.firstNames,
        lastNames: input.lastNames,
        nationalId: input.nationalId || null,
        phone: input.phone,
        community: input.community,
        address: input.address,
        profile: JSON.stringify(input.profile),
        notes: input.notes,
        selectedOn: input.selectedOn || null,
        status: 'candidate',
      })
      .run();
    recordAudit(ctx, {
      action: 'groups.leadMotherCreate',
      recordTable: 'lead_mothers',
      recordId: columns.id,
      detail: `${input.firstNames} ${input.lastNames}: perfil ${profilePoints(input.profile)}/7`,
    });
    return columns.id;
  });
  return getLeadMother(ctx, id);
}

export function setLeadMotherStatus(ctx: AppContext, input: z.output<typeof leadMotherStatusSchema>): LeadMotherSummary {
  const before = getLeadMother(ctx, input.id);
  inTransaction(ctx, () => {
    ctx.db.update(leadMothers).set({ status: input.status, ...changeStamp(ctx) }).where(eq(leadMothers.id, input.id)).run();
    recordAudit(ctx, {
      action: 'groups.leadMotherStatus',
      recordTable: 'lead_mothers',
      recordId: input.id,
      detail: `${LEAD_MOTHER_STATUS_LABELS[before.status]} → ${LEAD_MOTHER_STATUS_LABELS[input.status]}`,
    });
  });
  return getLeadMother(ctx, input.id);
}

export function addRecognition(ctx: AppContext, input: z.output<typeof recognitionSchema>): LeadMotherSummary {
  getLeadMother(ctx, input.leadMotherId);
  if (input.receivedOn > todayIso(ctx)) throw fieldError('receivedOn', t.inFuture);
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db.insert(leadMotherRecognitions).values({ ...columns, leadMotherId: input.leadMotherId, receivedOn: input.receivedOn, description: input.description }).run();
    recordAudit(ctx, { action: 'groups.recognition', recordTable: 'lead_mothers', recordId: input.leadMotherId, detail: input.description });
  });
  return getLeadMother(ctx, input.leadMotherId);
}
