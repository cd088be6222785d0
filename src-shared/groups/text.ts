import { GROUP_MAX_MEMBERS, GROUP_MIN_MEMBERS, MAX_PERIODICITY_DAYS } from './group-rules';

/** Every message of the support-group program that main sends back. */
export const groupsText = {
  errors: {
    date: 'Escriba una fecha válida (dd/mm/aaaa).',
    leadMotherNotFound: 'No se encontró esa madre guía.',
    courseNotFound: 'No se encontró ese curso.',
    trainingSessionNotFound: 'No se encontró esa sesión de capacitación.',
    groupNotFound: 'No se encontró ese grupo de apoyo.',
    memberNotFound: 'No se encontró esa integrante.',
    sessionNotFound: 'No se encontró esa sesión.',
    notEnrolled: (name: string) => `${name} no está inscrita en este curso: inscríbala primero.`,
    alreadyEnrolled: 'Esa madre guía ya está inscrita en el curso.',
    memberTwice: (name: string) => `${name} ya es integrante de este grupo.`,
    sessionBeforeGroup: (formed: string) => `La fecha es anterior a la conformación del grupo (${formed}).`,
    joinedBeforeGroup: (formed: string) => `La fecha de ingreso es anterior a la conformación del grupo (${formed}).`,
    leftBeforeJoined: 'La fecha de salida es anterior a la de ingreso.',
    inFuture: 'La fecha es posterior a hoy.',
    leadMotherRequired: 'Elija al menos una madre guía.',
    periodicity: 'Escriba cada cuántos días se reúnen (un número de 1 a 365).',
    age: 'Escriba la edad en años (de 10 a 99), o déjela vacía.',
    childAge: 'Escriba la edad del niño o niña en meses (de 0 a 24), o déjela vacía.',
    hours: 'Escriba las horas de la sesión (de 1 a 3).',
    topicNumber: 'Elija el tema de la sesión.',
    attendanceMember: 'Esa persona no es integrante del grupo en la fecha de la sesión.',
    absenceReason: 'Escriba el motivo de la inasistencia.',
    nextAfterSession: 'La próxima sesión debe ser posterior a esta.',
    sessionAlreadyHeld: 'Esa sesión ya fue registrada como realizada.',
    facilitatorRequired: 'Indique quién facilitó la sesión: la madre guía o el personal de salud.',
  },
  warnings: {
    tooFew: (n: number) => `El grupo tiene ${n} ${n === 1 ? 'integrante' : 'integrantes'}: la guía recomienda entre ${GROUP_MIN_MEMBERS} y ${GROUP_MAX_MEMBERS}.`,
    tooMany: (n: number) =>
      `El grupo tiene ${n} integrantes: la guía recomienda como máximo ${GROUP_MAX_MEMBERS}. Considere conformar un nuevo grupo.`,
    periodicity: (days: number) =>
      `Con reuniones cada ${days} días pasaría más de un mes entre sesiones: la guía pide reunirse al menos una vez al mes (cada ${MAX_PERIODICITY_DAYS} días o menos).`,
    nextTooLate: 'La próxima sesión quedaría a más de un mes de esta: la guía pide reunirse al menos una vez al mes.',
  },
} as const;
