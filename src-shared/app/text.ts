export const appText = {
  name: 'LactaRed',
  tagline: 'Fórmula infantil y grupos de apoyo a la lactancia',
  loading: 'Abriendo LactaRed…',
  databaseTooNew: (dbVersion: number, appVersion: number) =>
    `Esta base de datos fue creada por una versión más nueva de LactaRed (esquema ${dbVersion}); esta instalación solo conoce hasta el esquema ${appVersion}. Instale la versión más reciente de LactaRed. No se modificó ningún dato.`,
  databaseOpenFailed: (reason: string) => `No se pudo abrir la base de datos de LactaRed: ${reason}`,
  alreadyRunning: 'LactaRed ya está abierto en esta computadora.',
  nav: {
    home: 'Inicio',
    users: 'Usuarios',
    audit: 'Auditoría',
    settings: 'Configuración',
    myPassword: 'Mi contraseña',
  },
  home: {
    welcome: (name: string) => `Hola, ${name}`,
    siteTitle: 'Este sitio',
    kind: 'Tipo',
    name: 'Nombre',
    code: 'Código',
    attendsBirths: 'Atiende partos',
    yes: 'Sí',
    no: 'No',
    yourRole: 'Su rol',
    offline:
      'LactaRed trabaja sin internet: todo lo que registra se guarda en esta computadora al momento de guardar.',
    whatYouCanDo: 'Lo que puede hacer desde aquí',
  },
  signedInAs: (name: string, role: string) => `${name} · ${role}`,
  unsavedLeave: 'Hay datos sin guardar. ¿Desea salir de todas formas? Se perderán.',
  saving: 'Guardando…',
  close: 'Cerrar',
} as const;
