/** Every word about backups and start-up checks, in one place. */
export const backupText = {
  secondFolderMissing: (folder: string) =>
    `No se pudo copiar la copia de seguridad a ${folder}: la carpeta no está disponible (¿se retiró la memoria USB?). La copia en este equipo sí se hizo.`,
  secondFolderFailed: (folder: string) => `La copia de seguridad en ${folder} no se pudo verificar; la copia en este equipo sí se hizo.`,
  verifyFailed: 'La copia de seguridad recién hecha no pasó la verificación y se descartó.',
  damaged: 'La base de datos de este equipo está dañada (pudo ser un apagón o una falla del disco). No se abrirá para escribir en ella.',
  damagedKeptAside: (file: string) => `El archivo dañado se guardó aparte para revisarlo: ${file}.`,
  restoredFrom: (when: string) => `Se restauró la última copia de seguridad buena, del ${when}. Lo registrado después de esa hora en este equipo no está en la copia: revise los últimos registros.`,
  noGoodBackup: 'No hay ninguna copia de seguridad buena para restaurar. Llame al soporte técnico de su microrred; no borre ningún archivo de la carpeta de datos.',
  migrationFailed: (when: string) => `La actualización de la base de datos falló. Se volvió a la copia de seguridad tomada al iniciar (${when}); nada se perdió.`,
} as const;

/** The admin's page of backups. */
export const backupUi = {
  nav: 'Copias de seguridad',
  title: 'Copias de seguridad',
  intro: 'LactaRed hace una copia al iniciar, una por día mientras está abierto y antes de cada actualización. Guarda las de los últimos 7 días y una por semana de las 4 semanas anteriores, y comprueba cada copia después de hacerla.',
  takeNow: 'Hacer una copia ahora',
  taking: 'Haciendo la copia…',
  taken: (when: string) => `Copia hecha y verificada (${when}).`,
  listTitle: 'Copias guardadas en este equipo',
  none: 'Todavía no hay copias.',
  columns: { when: 'Fecha y hora', reason: 'Motivo', contents: 'Contenido', size: 'Tamaño', state: 'Estado' },
  reasons: { startup: 'Al iniciar', daily: 'Diaria', update: 'Antes de actualizar', manual: 'Hecha a mano', beforeRestore: 'Antes de restaurar' },
  contents: (counts: Readonly<Record<string, number>>) =>
    `${counts.caregivers ?? 0} responsables, ${counts.deliveries ?? 0} entregas, ${counts.support_groups ?? 0} grupos, ${counts.group_sessions ?? 0} sesiones, ${counts.users ?? 0} usuarios`,
  intact: 'Verificada',
  damaged: 'Dañada: no se puede restaurar',
  restore: (when: string) => `Restaurar la copia del ${when}`,
  restoreShort: 'Restaurar',
  confirmRestore: (when: string, contents: string) =>
    `Se volverá a los datos tal como estaban el ${when} (${contents}). Antes se hará una copia del estado actual, para no perder nada. Todos los usuarios tendrán que volver a ingresar. ¿Restaurar?`,
  confirmYes: 'Sí, restaurar',
  confirmNo: 'No, volver',
  restored: (when: string) => `Se restauraron los datos del ${when}. Vuelva a ingresar.`,
  toSignIn: 'Ir al ingreso',
  secondTitle: 'Copia en una segunda carpeta (memoria USB u otro disco)',
  secondHint: 'Cada copia se guarda también allí, en la carpeta «LactaRed-copias», y se comprueba. Si la carpeta no está (la memoria USB se retiró), la copia de este equipo se hace igual y se avisa.',
  secondFolder: 'Carpeta',
  secondSave: 'Guardar carpeta',
  secondSaved: 'Carpeta guardada.',
  secondMissing: 'Esa carpeta no existe o no se puede escribir en ella. Conecte la memoria USB y escriba la ruta completa.',
  secondNone: 'Sin segunda carpeta.',
} as const;
