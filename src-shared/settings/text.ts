export const settingsText = {
  title: 'Configuración',
  idleMinutes: 'Bloquear la sesión después de (minutos sin uso)',
  idleHelp:
    'En una computadora compartida, la sesión se bloquea sola cuando nadie la usa. Lo escrito en pantalla no se pierde.',
  save: 'Guardar',
  saved: 'Configuración guardada.',
  siteTitle: 'Datos del sitio',
  siteName: 'Nombre del establecimiento (o de la coordinación)',
  keyFingerprint: 'Huella de la clave de firma',
  keyFingerprintHelp: 'Se usa para confirmar la identidad de este sitio al enviar datos a la coordinación.',
  registrarClinical: 'El personal administrativo (registrador/a) ve el diagnóstico de las recetas',
  registrarClinicalHelp: 'Sin marcar, ve lo que corresponde entregar pero el motivo aparece como «Reservado al personal de salud».',
  absenceThreshold: 'Faltas injustificadas seguidas para marcar a una integrante para seguimiento',
  absenceThresholdHelp: 'Grupos de apoyo: a partir de este número de faltas sin justificar, la integrante aparece en «Seguimiento».',
  scanInboxFolder: 'Carpeta de la bandeja de escaneos',
  scanInboxHelp:
    'La carpeta donde el programa del escáner guarda los archivos (por ejemplo C:\\Escaneos). Déjela vacía si no hay escáner.',
  errors: {
    folderTooLong: 'La ruta de la carpeta es demasiado larga.',
    folderMissing: 'Esa carpeta no existe en esta computadora. Créela o elija otra.',
    folderNotAbsolute: 'Escriba la ruta completa de la carpeta (por ejemplo C:\\Escaneos o /home/usuario/Escaneos).',
    idleRange: (min: number, max: number) => `Escriba un número entero de minutos entre ${min} y ${max}.`,
    absenceThreshold: 'Escriba un número entero de inasistencias entre 1 y 10.',
  },
} as const;
