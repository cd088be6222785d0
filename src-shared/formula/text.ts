import { showIsoDate } from '../common/dates';
import { formatThousands } from '../common/text';
import type { DeliveryRefusal, EntitlementRefusal, PrescriptionState } from './entitlement';
import type { NewPrescriptionRefusal } from './infant-entitlement';
import type { CloseCause, StateChangeRefusal } from './prescription-lifecycle';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function entitlementRefusalMessage(refusal: EntitlementRefusal): string {
  switch (refusal.code) {
    case 'PRESCRIPTION_IN_FUTURE':
      return 'La fecha de la receta es posterior a hoy. Revise la fecha.';
    case 'PRESCRIPTION_BEFORE_BIRTH':
      return 'La fecha de la receta es anterior al nacimiento. Revise las fechas.';
    case 'BIRTH_IN_FUTURE':
      return 'La fecha de nacimiento es posterior a hoy. Revise la fecha.';
    case 'TOO_OLD':
      return `El lactante ya no está dentro del programa: cumplió la edad límite el ${showIsoDate(refusal.limitDate)}.`;
    case 'NOT_FIRST_MONTH':
      return `«Decisión de no amamantar» solo se acepta durante el primer mes de vida (hasta el ${showIsoDate(refusal.limitDate)}, sin incluirlo).`;
    case 'PREMATURE_TOO_YOUNG':
      return `Para prematuros de muy bajo peso la entrega es entre los 6 y 12 meses de edad corregida: desde el ${showIsoDate(refusal.fromDate)}.`;
    case 'GESTATIONAL_WEEKS_REQUIRED':
      return 'Escriba las semanas de gestación al nacer para calcular la edad corregida.';
    case 'BAD_DURATION':
      return 'La duración de la receta debe ser de 1 a 6 meses.';
    case 'BAD_PARTIAL_GRAMS':
      return 'Para reemplazo parcial, escriba los gramos por mes indicados en la receta (menos de 4.000 g).';
    case 'OVERRIDE_TOO_HIGH':
      return `Puede reducir los meses a entregar, no aumentarlos: como máximo ${plural(refusal.maxMonths, 'mes', 'meses')}.`;
  }
}

export function deliveryRefusalMessage(refusal: DeliveryRefusal): string {
  switch (refusal.code) {
    case 'NO_CANS':
      return 'Escriba cuántas latas se entregan.';
    case 'BAD_CAN_COUNT':
      return 'La cantidad de latas debe ser un número entero entre 0 y 40.';
    case 'DATE_IN_FUTURE':
      return 'La fecha de entrega es posterior a hoy.';
    case 'BEFORE_PRESCRIPTION':
      return 'La fecha de entrega es anterior a la receta.';
    case 'PRESCRIPTION_SUSPENDED':
      return `La receta está suspendida desde el ${showIsoDate(refusal.since)}: reactívela antes de entregar.`;
    case 'PRESCRIPTION_CLOSED':
      return `La receta está cerrada desde el ${showIsoDate(refusal.since)}: no admite más entregas.`;
    case 'AFTER_ENTITLEMENT':
      return `La receta cubre entregas hasta el ${showIsoDate(refusal.lastDay)}.`;
    case 'EXCEEDS_REMAINING': {
      const r = refusal.remaining;
      return `Supera lo que queda por entregar: quedan ${formatThousands(r.gramsRemaining)} g (${plural(r.cans800Remaining, 'lata', 'latas')} de 800 g o ${plural(r.cans1kgRemaining, 'lata', 'latas')} de 1 kg).`;
    }
  }
}

/** Why a new prescription cannot be recorded for the infant (issue 14.3). */
export function newPrescriptionRefusalMessage(refusal: NewPrescriptionRefusal): string {
  switch (refusal.code) {
    case 'ACTIVE_EXISTS':
      return `El lactante ya tiene una receta vigente (del ${showIsoDate(refusal.current.prescriptionDate)}, con entregas hasta el ${showIsoDate(refusal.lastDay)}). Si lo reevaluaron, regístrela como renovación: la anterior se cierra y lo que ya recibió sigue contando.`;
    case 'RENEWS_NOT_CURRENT':
      return 'La receta que se renueva no es la vigente de este lactante.';
    case 'RENEWAL_BEFORE_CURRENT':
      return `La renovación no puede ser anterior a la receta vigente (${showIsoDate(refusal.currentDate)}).`;
    case 'INFANT_CAP_USED':
      return `El lactante ya recibió todo lo que el programa le da (${formatThousands(refusal.balance.deliveredGrams)} g de ${formatThousands(refusal.balance.capGrams)} g): no corresponde otra receta.`;
  }
}

export const CLOSE_CAUSE_LABELS: Readonly<Record<CloseCause, string>> = {
  breastfeeding: 'Volvió a la lactancia materna',
  ended: 'Terminó el período de entrega',
  movedAway: 'Se mudó o se atiende en otro establecimiento',
  renewed: 'Renovada por una nueva receta',
  other: 'Otro motivo',
};

export const PRESCRIPTION_STATE_LABELS: Readonly<Record<PrescriptionState, string>> = {
  active: 'Vigente',
  suspended: 'Suspendida',
  closed: 'Cerrada',
};

/** Why a prescription's state cannot change so (issue 14.5). */
export function stateChangeRefusalMessage(refusal: StateChangeRefusal): string {
  switch (refusal.code) {
    case 'CLOSED':
      return 'La receta está cerrada: no cambia más. Si corresponde, registre una receta nueva.';
    case 'SAME_STATE':
      return 'La receta ya está en ese estado.';
    case 'IN_FUTURE':
      return 'La fecha es posterior a hoy.';
    case 'BEFORE_CURRENT':
      return `La fecha no puede ser anterior al ${showIsoDate(refusal.since)}.`;
    case 'NOTE_REQUIRED':
      return 'Escriba el motivo.';
    case 'RENEWED_BY_HAND':
      return 'Una receta se cierra como renovada solo al registrar la nueva receta.';
    case 'DELIVERIES_AFTER':
      return `Hay una entrega registrada el ${showIsoDate(refusal.lastDelivery)}: la fecha debe ser posterior (o anule antes esa entrega).`;
  }
}
