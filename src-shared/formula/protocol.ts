import { z } from 'zod';

/**
 * Seed 004's delivery protocol ("Protocolo de entrega de FI"), checked per prescription before any milk
 * is given (issue 14.9). The first four are always due; teaching extraction and conservation applies to a
 * temporary suspension of breastfeeding.
 */
export const PROTOCOL_ITEMS = [
  { key: 'breastfeedingSupported', required: true, label: 'Se acompañó a la familia para sostener la lactancia antes de suspenderla (total o parcialmente)' },
  { key: 'coverageAsked', required: true, label: 'Se preguntó si tiene cobertura de salud' },
  { key: 'instructionsGiven', required: true, label: 'Se dieron indicaciones individualizadas para preparar, administrar y conservar la fórmula (agua segura, almacenamiento, descarte)' },
  { key: 'understandingChecked', required: true, label: 'Se verificó que la familia comprendió las indicaciones' },
  { key: 'extractionTaught', required: false, label: 'Suspensión temporal: se enseñó la extracción y conservación de la leche materna' },
] as const;

export type ProtocolKey = (typeof PROTOCOL_ITEMS)[number]['key'];
export type ProtocolChecks = Readonly<Partial<Record<ProtocolKey, boolean>>>;

export const protocolChecksSchema = z.object(Object.fromEntries(PROTOCOL_ITEMS.map((item) => [item.key, z.boolean().default(false)])) as Record<ProtocolKey, z.ZodDefault<z.ZodBoolean>>);

export const protocolSchema = z.object({ prescriptionId: z.uuid(), checks: protocolChecksSchema });

/** Stored JSON read back, keeping only the known items. */
export function readProtocolChecks(json: string): ProtocolChecks {
  try {
    const parsed = protocolChecksSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function protocolComplete(checks: ProtocolChecks): boolean {
  return PROTOCOL_ITEMS.every((item) => !item.required || checks[item.key] === true);
}
