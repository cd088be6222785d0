export const settingsText = {
  title: 'Configuración',
  idleMinutes: 'Bloquear la sesión después de (minutos sin uso)',
  idleHelp:
    'En una computadora compartida, la sesión se bloquea sola cuando nadie la usa. Lo escrito en pantalla no se pierde.',
  save: 'Guardar',
  saved: 'Configuración guardada.',
  siteTitle: 'Datos del sitio',
  keyFingerprint: 'Huella de la clave de firma',
  keyFingerprintHelp: 'Se usa para confirmar la identidad de este sitio al enviar datos a la coordinación.',
  errors: {
    idleRange: (min: number, max: number) => `Escriba un número entero de minutos entre ${min} y ${max}.`,
  },
} as const;
