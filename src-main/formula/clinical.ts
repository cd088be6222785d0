import { formulaText } from '../../src-shared/formula/text-fields';
import { hasPermission } from '../../src-shared/users/roles';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { readStringSetting, writeSetting } from '../settings/local-settings';
import { reasonLabelIn } from '../../src-shared/formula/reasons';
import { reasonLabel, reasonsHere } from './reasons-service';

/** Whether the person signed in may see a prescription's diagnosis (issue 18.3). */
export function seesClinical(ctx: AppContext): boolean {
  const role = ctx.session.current?.role;
  if (role === 'registrar') return registrarSeesClinical(ctx);
  return role !== undefined && hasPermission(role, 'formula.clinical');
}

const REGISTRAR_CLINICAL_KEY = 'formula.registrarClinical';

/** A facility may let its registrars see the diagnosis too (issue 18.3): the admin decides, audited. */
export function registrarSeesClinical(ctx: AppContext): boolean {
  return readStringSetting(ctx.db, REGISTRAR_CLINICAL_KEY) === 'on';
}

export function setRegistrarSeesClinical(ctx: AppContext, on: boolean): boolean {
  inTransaction(ctx, () => {
    writeSetting(ctx.db, REGISTRAR_CLINICAL_KEY, on ? 'on' : 'off');
    recordAudit(ctx, { action: 'settings.update', recordTable: 'local_settings', detail: on ? 'el personal administrativo ve el diagnóstico de las recetas' : 'el personal administrativo no ve el diagnóstico de las recetas' });
  });
  return registrarSeesClinical(ctx);
}

/** A prescription's reason as this person may see it: its name, or that it is reserved. */
export function reasonShown(ctx: AppContext, reasonCode: string): string {
  return seesClinical(ctx) ? reasonLabel(ctx, reasonCode) : formulaText.clinicalReserved;
}

/** The same for many prescriptions (a month's report): the permission and the reasons read once. */
export function reasonsShown(ctx: AppContext): (reasonCode: string) => string {
  if (!seesClinical(ctx)) return () => formulaText.clinicalReserved;
  const reasons = reasonsHere(ctx);
  return (reasonCode) => reasonLabelIn(reasonCode, reasons, formulaText.reasonWithheld);
}

/**
 * Who looked at a diagnosis written by someone else (18.3): one line in the audit log per prescription
 * shown, with the prescription's id. Reads are not otherwise audited.
 */
export function auditClinicalViews(ctx: AppContext, prescriptionIds: readonly string[]): void {
  const userId = ctx.session.current?.userId;
  if (!userId || !seesClinical(ctx) || prescriptionIds.length === 0) return;
  const authors = ctx.sqlite.prepare('SELECT created_by FROM prescriptions WHERE id = ?').pluck();
  const others = prescriptionIds.filter((id) => authors.get(id) !== userId);
  if (others.length === 0) return;
  inTransaction(ctx, () => {
    for (const id of others) recordAudit(ctx, { action: 'formula.clinicalView', recordTable: 'prescriptions', recordId: id });
  });
}
