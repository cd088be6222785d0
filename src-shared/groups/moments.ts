/** The five moments of a group session (GT §6.1.3 b), with the minutes the guide suggests. */
export const SESSION_MOMENTS = [
  { key: 'welcome', label: 'Registro y bienvenida', minutes: 5 },
  { key: 'motivation', label: 'Motivación', minutes: 10 },
  { key: 'introduction', label: 'Introducción al tema', minutes: 10 },
  { key: 'discussion', label: 'Organización de la discusión', minutes: 20 },
  { key: 'agreements', label: 'Acuerdos', minutes: 15 },
] as const;

export type SessionMomentKey = (typeof SESSION_MOMENTS)[number]['key'];
