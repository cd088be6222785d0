/** The ten points of the facilitator's profile (seed 000, Anexo N° 1), in the guide's order. */
export const FACILITATOR_PROFILE = [
  { key: 'caresUnder2', label: 'Realiza la atención de la salud de niñas y niños menores de dos años' },
  { key: 'knowsNorms', label: 'Domina los documentos normativos del MINSA sobre cuidado infantil y lactancia materna' },
  { key: 'solvesConflicts', label: 'Identifica conflictos en la atención y el cuidado de menores de dos años y contribuye a su solución' },
  { key: 'adultEducation', label: 'Domina la metodología educativa de adultos' },
  { key: 'respectsCulture', label: 'Valora y respeta las costumbres y la cultura local' },
  { key: 'communicates', label: 'Se comunica de forma horizontal, con lenguaje sencillo y manejo básico del idioma local' },
  { key: 'handlesPressure', label: 'Tolera la presión y mantiene el control emocional ante dificultades' },
  { key: 'proactive', label: 'Tiene iniciativa y actúa con rapidez en casos no previstos' },
  { key: 'innovative', label: 'Es innovador, creativo y abierto a renovar estrategias educativas' },
  { key: 'computerSkills', label: 'Maneja programas básicos de cómputo e Internet' },
] as const;

export type FacilitatorProfileKey = (typeof FACILITATOR_PROFILE)[number]['key'];
export const FACILITATOR_PROFILE_KEYS = FACILITATOR_PROFILE.map((item) => item.key) as [FacilitatorProfileKey, ...FacilitatorProfileKey[]];
export type FacilitatorProfile = Readonly<Record<FacilitatorProfileKey, boolean>>;

export function facilitatorProfilePoints(profile: FacilitatorProfile): number {
  return FACILITATOR_PROFILE_KEYS.filter((key) => profile[key]).length;
}

/** A stored profile (JSON booleans by key) read back; anything unreadable counts as no point met. */
export function readFacilitatorProfile(json: string): FacilitatorProfile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = null;
  }
  const value = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  return Object.fromEntries(FACILITATOR_PROFILE_KEYS.map((key) => [key, value[key] === true])) as FacilitatorProfile;
}
