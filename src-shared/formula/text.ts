import { showIsoDate } from '../common/dates';
import { formatThousands } from '../common/text';
import type { DeliveryRefusal, EntitlementRefusal } from './entitlement';

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
    case 'AFTER_ENTITLEMENT':
      return `La receta cubre entregas hasta el ${showIsoDate(refusal.lastDay)}.`;
    case 'EXCEEDS_REMAINING': {
      const r = refusal.remaining;
      return `Supera lo que queda por entregar: quedan ${formatThousands(r.gramsRemaining)} g (${plural(r.cans800Remaining, 'lata', 'latas')} de 800 g o ${plural(r.cans1kgRemaining, 'lata', 'latas')} de 1 kg).`;
    }
  }
}
