import { and, asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { latestAhead, showIsoDate } from '../../src-shared/common/dates';
import type { planSaveSchema, planStatusSchema } from '../../src-shared/groups/coordination-schemas';
import { groupsText } from '../../src-shared/groups/text';
import type { PlanView } from '../../src-shared/groups/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { implementationPlans, planActivities, planBudgetLines } from './groups.schema';

const t = groupsText.errors;
type SaveInput = z.output<typeof planSaveSchema>;

function loadPlan(ctx: AppContext, planId: string) {
  const plan = ctx.db.select().from(implementationPlans).where(and(eq(implementationPlans.id, planId), eq(implementationPlans.deleted, false))).get();
  if (!plan) throw new AppError('NOT_FOUND', t.planNotFound);
  return plan;
}

function viewOf(ctx: AppContext, plan: typeof implementationPlans.$inferSelect): PlanView {
  const schedule = ctx.db
    .select()
    .from(planActivities)
    .where(and(eq(planActivities.planId, plan.id), eq(planActivities.deleted, false)))
    .orderBy(asc(planActivities.startsOn))
    .all();
  const budget = ctx.db
    .select()
    .from(planBudgetLines)
    .where(and(eq(planBudgetLines.planId, plan.id), eq(planBudgetLines.deleted, false)))
    .orderBy(asc(planBudgetLines.createdAt))
    .all();
  return {
    id: plan.id,
    version: plan.version,
    title: plan.title,
    sections: JSON.parse(plan.sections) as Record<string, string>,
    status: plan.status,
    agreedOn: plan.agreedOn,
    approvedOn: plan.approvedOn,
    approvedBy: plan.approvedBy,
    schedule: schedule.map((a) => ({ activity: a.activity, startsOn: a.startsOn, endsOn: a.endsOn, responsible: a.responsible })),
    budget: budget.map((b) => ({ item: b.item, amount: b.amount, financing: b.financing })),
    budgetTotal: Math.round(budget.reduce((sum, b) => sum + b.amount, 0) * 100) / 100,
  };
}

/** Every version, newest first. */
export function listPlans(ctx: AppContext): PlanView[] {
  return ctx.db
    .select()
    .from(implementationPlans)
    .where(eq(implementationPlans.deleted, false))
    .orderBy(desc(implementationPlans.version))
    .all()
    .map((plan) => viewOf(ctx, plan));
}

function writeLines(ctx: AppContext, planId: string, input: Pick<SaveInput, 'schedule' | 'budget'>): void {
  // Lines are replaced as a whole: the old ones get a tombstone, so a sync carries the change.
  ctx.db.update(planActivities).set({ deleted: true, ...changeStamp(ctx) }).where(and(eq(planActivities.planId, planId), eq(planActivities.deleted, false))).run();
  ctx.db.update(planBudgetLines).set({ deleted: true, ...changeStamp(ctx) }).where(and(eq(planBudgetLines.planId, planId), eq(planBudgetLines.deleted, false))).run();
  for (const line of input.schedule) ctx.db.insert(planActivities).values({ ...newRecordColumns(ctx), planId, ...line }).run();
  for (const line of input.budget) ctx.db.insert(planBudgetLines).values({ ...newRecordColumns(ctx), planId, ...line }).run();
}

/** Saves a draft (or an agreed plan before approval); an approved plan is read-only. */
export function savePlan(ctx: AppContext, input: SaveInput): PlanView {
  const latest = latestAhead(todayIso(ctx), 'planSchedule');
  input.schedule.forEach((line, i) => {
    if (line.startsOn > latest) throw fieldError(`schedule.${String(i)}.startsOn`, t.scheduleTooFarAhead);
    if (line.endsOn > latest) throw fieldError(`schedule.${String(i)}.endsOn`, t.scheduleTooFarAhead);
  });
  const id = inTransaction(ctx, () => {
    let planId: string;
    if (input.planId) {
      const plan = loadPlan(ctx, input.planId);
      if (plan.status === 'approved') throw new AppError('CONFLICT', t.planApproved);
      planId = plan.id;
      ctx.db.update(implementationPlans).set({ title: input.title, sections: JSON.stringify(input.sections), ...changeStamp(ctx) }).where(eq(implementationPlans.id, planId)).run();
    } else {
      const latest = ctx.db.select({ version: implementationPlans.version }).from(implementationPlans).orderBy(desc(implementationPlans.version)).get();
      const columns = newRecordColumns(ctx);
      planId = columns.id;
      ctx.db
        .insert(implementationPlans)
        .values({ ...columns, version: (latest?.version ?? 0) + 1, title: input.title, sections: JSON.stringify(input.sections), status: 'draft' })
        .run();
    }
    writeLines(ctx, planId, input);
    recordAudit(ctx, { action: 'groups.planSave', recordTable: 'implementation_plans', recordId: planId, detail: input.title });
    return planId;
  });
  return viewOf(ctx, loadPlan(ctx, id));
}

/** Draft → agreed with the key actors → approved by the facility authority (GT §6.1.1 c). */
export function setPlanStatus(ctx: AppContext, input: z.output<typeof planStatusSchema>): PlanView {
  const plan = loadPlan(ctx, input.planId);
  if (plan.status === 'approved') throw new AppError('CONFLICT', t.planApproved);
  if (input.status === 'approved' && plan.status !== 'agreed') throw new AppError('CONFLICT', t.planStatusOrder);
  if (input.date > todayIso(ctx)) throw fieldError('date', t.inFuture);
  inTransaction(ctx, () => {
    const change =
      input.status === 'agreed'
        ? { status: 'agreed' as const, agreedOn: input.date }
        : { status: 'approved' as const, approvedOn: input.date, approvedBy: input.approvedBy };
    ctx.db.update(implementationPlans).set({ ...change, ...changeStamp(ctx) }).where(eq(implementationPlans.id, plan.id)).run();
    recordAudit(ctx, {
      action: 'groups.planStatus',
      recordTable: 'implementation_plans',
      recordId: plan.id,
      detail: `${input.status === 'agreed' ? 'consensuado' : `aprobado por ${input.approvedBy}`} el ${showIsoDate(input.date)}`,
    });
  });
  return viewOf(ctx, loadPlan(ctx, plan.id));
}

/** A change to an approved plan starts a new draft version, copied from it. */
export function newPlanVersion(ctx: AppContext, planId: string): PlanView {
  const source = viewOf(ctx, loadPlan(ctx, planId));
  if (source.status !== 'approved') throw new AppError('CONFLICT', t.planNotApproved);
  const sections = { introduction: '', generalObjective: '', specificObjectives: '', activities: '', requirements: '', responsibles: '', financing: '', ...source.sections };
  const created = savePlan(ctx, { planId: null, title: source.title, sections, schedule: [...source.schedule], budget: [...source.budget] });
  inTransaction(ctx, () => {
    recordAudit(ctx, { action: 'groups.planVersion', recordTable: 'implementation_plans', recordId: created.id, detail: `versión ${created.version} desde la ${source.version}` });
  });
  return created;
}
