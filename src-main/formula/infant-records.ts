import { and, eq, isNull } from 'drizzle-orm';
import { infantRuleMessage, newRuleProblems, type InfantRecords } from '../../src-shared/formula/infant-rules';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { deliveries, infants, prescriptions } from './formula.schema';

type Changes = Readonly<Record<string, string | number | null>>;

/** Everything of one infant the program's rules look at, as stored now. */
export function loadInfantRecords(ctx: AppContext, infantId: string): InfantRecords | null {
  const infant = ctx.db.select({ birthDate: infants.birthDate }).from(infants).where(and(eq(infants.id, infantId), eq(infants.deleted, false))).get();
  if (!infant) return null;
  const list = ctx.db.select().from(prescriptions).where(and(eq(prescriptions.infantId, infantId), eq(prescriptions.deleted, false))).all();
  const given = ctx.db
    .select({ id: deliveries.id, prescriptionId: deliveries.prescriptionId, date: deliveries.deliveryDate, cans800: deliveries.cans800, cans1kg: deliveries.cans1kg })
    .from(deliveries)
    .innerJoin(prescriptions, eq(prescriptions.id, deliveries.prescriptionId))
    .where(and(eq(prescriptions.infantId, infantId), eq(prescriptions.deleted, false), eq(deliveries.deleted, false), isNull(deliveries.voidedAt)))
    .all();
  return { birthDate: infant.birthDate, prescriptions: list, deliveries: given };
}

/** The infant a formula record belongs to (null for records outside the rules). */
export function infantOf(ctx: AppContext, table: string, id: string): string | null {
  if (table === 'infants') return id;
  if (table === 'prescriptions') return ctx.db.select({ infantId: prescriptions.infantId }).from(prescriptions).where(eq(prescriptions.id, id)).get()?.infantId ?? null;
  if (table === 'deliveries') {
    return (
      ctx.db
        .select({ infantId: prescriptions.infantId })
        .from(deliveries)
        .innerJoin(prescriptions, eq(prescriptions.id, deliveries.prescriptionId))
        .where(eq(deliveries.id, id))
        .get()?.infantId ?? null
    );
  }
  return null;
}

const num = (value: string | number | null | undefined, fallback: number | null) => (value === undefined ? fallback : value === null ? null : Number(value));
const text = (value: string | number | null | undefined, fallback: string) => (value === undefined || value === null ? fallback : String(value));

/** The same records with one record's columns changed as a write would change them. */
export function withChange(records: InfantRecords, table: string, id: string, changes: Changes): InfantRecords {
  if (table === 'infants') return { ...records, birthDate: text(changes.birth_date, records.birthDate) };
  if (table === 'prescriptions') {
    return {
      ...records,
      prescriptions: records.prescriptions.map((p) =>
        p.id !== id
          ? p
          : {
              ...p,
              prescriptionDate: text(changes.prescription_date, p.prescriptionDate),
              durationMonths: num(changes.duration_months, p.durationMonths) ?? p.durationMonths,
              replacement: text(changes.replacement, p.replacement) === 'partial' ? 'partial' : 'total',
              gramsPerMonth: num(changes.grams_per_month, p.gramsPerMonth) ?? p.gramsPerMonth,
              reasonCode: text(changes.reason_code, p.reasonCode),
              gestationalWeeks: num(changes.gestational_weeks, p.gestationalWeeks),
              monthsOverride: num(changes.months_override, p.monthsOverride),
            },
      ),
    };
  }
  if (table === 'deliveries') {
    return {
      ...records,
      deliveries: records.deliveries.map((d) =>
        d.id !== id ? d : { ...d, date: text(changes.delivery_date, d.date), cans800: num(changes.cans_800, d.cans800) ?? d.cans800, cans1kg: num(changes.cans_1kg, d.cans1kg) ?? d.cans1kg },
      ),
    };
  }
  return records;
}

/**
 * Refuses a change of an infant's, prescription's or delivery's columns that would break the program's
 * rules for that infant (issue 14.2): the same check for an edit here, a correction from the coordination
 * and a correction received in a bundle. Returns the message instead of throwing when `quiet`.
 */
export function ruleProblemOf(ctx: AppContext, table: string, id: string, changes: Changes): string | null {
  const infantId = infantOf(ctx, table, id);
  if (!infantId) return null;
  const records = loadInfantRecords(ctx, infantId);
  if (!records) return null;
  const [problem] = newRuleProblems(records, withChange(records, table, id, changes), todayIso(ctx));
  return problem ? infantRuleMessage(problem) : null;
}

export function requireRulesHold(ctx: AppContext, table: string, id: string, changes: Changes): void {
  const problem = ruleProblemOf(ctx, table, id, changes);
  if (problem) throw new AppError('VALIDATION', problem, { _: problem });
}
