/** The seven-point profile of a lead mother (GT §6.1.2 a), in the guide's order. */
export const LEAD_MOTHER_PROFILE = [
  { key: 'ownBreastfeeding', label: 'Experiencia propia y positiva de lactancia materna de 6 meses o más' },
  { key: 'communityLeader', label: 'Es líder en su comunidad' },
  { key: 'willingToShare', label: 'Dispuesta a compartir su experiencia con otras madres' },
  { key: 'childCareInterest', label: 'Interés en el cuidado infantil y el desarrollo de su comunidad' },
  { key: 'trusted', label: 'Goza de la confianza y aceptación de las madres y la comunidad' },
  { key: 'familySupport', label: 'Cuenta con el apoyo de su familia y comunidad' },
  { key: 'takesTraining', label: 'Participa en la capacitación de los grupos de apoyo' },
] as const;

export const LEAD_MOTHER_PROFILE_KEYS = LEAD_MOTHER_PROFILE.map((item) => item.key) as [
  (typeof LEAD_MOTHER_PROFILE)[number]['key'],
  ...(typeof LEAD_MOTHER_PROFILE)[number]['key'][],
];
export type LeadMotherProfile = Readonly<Record<(typeof LEAD_MOTHER_PROFILE_KEYS)[number], boolean>>;

export const LEAD_MOTHER_STATUSES = ['candidate', 'inTraining', 'trained', 'active', 'inactive'] as const;
export type LeadMotherStatus = (typeof LEAD_MOTHER_STATUSES)[number];

export const LEAD_MOTHER_STATUS_LABELS: Readonly<Record<LeadMotherStatus, string>> = {
  candidate: 'Candidata',
  inTraining: 'En capacitación',
  trained: 'Capacitada',
  active: 'Activa',
  inactive: 'Inactiva',
};

/** How many of the seven points a candidate meets: the guide requires all of them. */
export function profilePoints(profile: LeadMotherProfile): number {
  return LEAD_MOTHER_PROFILE_KEYS.filter((key) => profile[key]).length;
}

/**
 * Status after training: completing the 12 hours makes a candidate or trainee "trained"; a lead mother
 * already active (or deliberately inactive) keeps her status.
 */
export function statusAfterTraining(current: LeadMotherStatus, completed: boolean): LeadMotherStatus {
  if (completed && (current === 'candidate' || current === 'inTraining')) return 'trained';
  if (!completed && current === 'candidate') return 'inTraining';
  return current;
}
