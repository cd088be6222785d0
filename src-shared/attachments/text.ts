import type { AttachmentKind } from './kinds';

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  prescription: 'Receta (prescripción)',
  counselingDeclaration: 'Declaración jurada de consejería',
  attendanceSheet: 'Hoja de asistencia firmada',
  minutes: 'Acta de acuerdos',
  other: 'Otro documento',
};

const ACCEPTED = 'Se aceptan fotos o escaneos en JPEG, PNG, WebP o TIFF, y documentos PDF.';

export const attachmentsText = {
  review: {
    button: 'Documentos',
    title: (what: string) => `Documentos de ${what}`,
    close: 'Cerrar',
  },
  flags: {
    button: 'Señalar un problema',
    message: 'Qué está mal en el documento (lo verá el establecimiento)',
    reason: 'Motivo (opcional)',
    defaultReason: 'Documento observado por la coordinación',
    save: 'Enviar la observación',
    saved: 'Observación guardada: viaja al establecimiento en el próximo paquete de correcciones (Sincronización).',
    shown: (message: string) => `La coordinación observó este documento: ${message} Reemplácelo por uno correcto.`,
  },
  accepted: ACCEPTED,
  ui: {
    title: 'Documentos',
    none: 'Todavía no hay documentos.',
    kind: 'Tipo de documento',
    grayscale: 'Es un documento en blanco y negro (se guarda más liviano)',
    pick: 'Elegir archivo…',
    camera: 'Tomar foto',
    fromInbox: 'Bandeja de escaneos',
    drop: 'O arrastre aquí el archivo escaneado.',
    uploading: 'Revisando y guardando el documento…',
    saved: (name: string) => `Documento «${name}» guardado.`,
    view: 'Ver',
    replace: 'Reemplazar',
    replaceHint: 'Elija el documento nuevo (archivo, foto o bandeja): el anterior queda en el historial.',
    cancelReplace: 'No reemplazar',
    history: (n: number) => `Versiones anteriores (${n})`,
    replacedOn: 'reemplazado',
    pages: (n: number) => (n === 1 ? '1 página' : `${n} páginas`),
    size: (kb: number) => `${kb} KB`,
    inboxTitle: 'Bandeja de escaneos',
    inboxEmpty: 'La bandeja está vacía. Lo que el escáner guarde en la carpeta aparecerá aquí en unos segundos.',
    inboxNotConfigured: 'No hay carpeta de escaneos configurada. El administrador/a puede elegirla en Configuración.',
    inboxFolder: (folder: string) => `Carpeta: ${folder}`,
    assign: 'Adjuntar a este registro',
    close: 'Cerrar',
    cameraTitle: 'Tomar una foto del documento',
    cameraHelp: 'Ponga el documento plano, con buena luz, y que entre entero en el recuadro.',
    capture: 'Tomar foto',
    retake: 'Repetir',
    usePhoto: 'Usar esta foto',
    cameraUnavailable:
      'No se pudo usar la cámara. Revise que esté conectada y que ningún otro programa la esté usando.',
    viewerTitle: (name: string) => `Documento: ${name}`,
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    rotate: 'Girar',
    fit: 'Tamaño normal',
    previousPage: 'Página anterior',
    nextPage: 'Página siguiente',
    pageOf: (n: number, total: number) => `Página ${n} de ${total}`,
    loading: 'Abriendo…',
  },
  errors: {
    notDurable: 'No se pudieron guardar en el disco los archivos escaneados recibidos. Revise el espacio libre y vuelva a importar.',
    empty: (name: string) => `El archivo «${name}» está vacío (0 bytes). Vuelva a escanearlo o elija otro.`,
    tooLarge: (name: string, mb: number, limitMb: number) =>
      `El archivo «${name}» pesa ${mb} MB; el máximo es ${limitMb} MB. Escanee con menos resolución o en partes.`,
    notAccepted: (name: string, looksLike: string) =>
      `El archivo «${name}» no es una imagen ni un PDF (parece ${looksLike}). ${ACCEPTED}`,
    unknownType: (name: string) => `No se reconoce el tipo del archivo «${name}». ${ACCEPTED}`,
    corruptImage: (name: string) =>
      `La imagen «${name}» está dañada o incompleta (¿se cortó la copia?). Vuelva a escanearla o a copiarla.`,
    corruptPdf: (name: string) =>
      `El PDF «${name}» está dañado o incompleto (¿se cortó la copia?). Vuelva a guardarlo desde el escáner.`,
    pdfTooManyPages: (name: string, pages: number, limit: number) =>
      `El PDF «${name}» tiene ${pages} páginas; se aceptan hasta ${limit}. Guárdelo en partes más chicas.`,
    pdfTooSlow: (name: string) => `El PDF «${name}» no se pudo revisar a tiempo: está armado de una forma que LactaRed no acepta. Vuelva a guardarlo desde el escáner.`,
    tooLargeBeforeSending: (name: string, limitMb: number) =>
      `El archivo «${name}» pesa más de ${limitMb} MB, el máximo. Escanee con menos resolución o en partes.`,
    notOwnRecord: 'Ese registro es de otro establecimiento: sus documentos se agregan allí.',
    badName: 'El nombre del archivo tiene caracteres no válidos o una ruta. Cámbiele el nombre y vuelva a intentarlo.',
    outsideInbox: 'Ese archivo no está en la bandeja de escaneos.',
    notInInbox: (name: string) => `El archivo «${name}» ya no está en la bandeja de escaneos.`,
    recordNotFound: 'No se encontró el registro al que pertenece el documento.',
    kindNotAllowed: 'Ese tipo de documento no corresponde a este registro.',
    linkNotFound: 'Ese documento ya no está en el registro.',
    noInbox: 'No hay carpeta de bandeja de escaneos configurada. El administrador/a puede elegirla en Configuración.',
    blobCorrupt:
      'El archivo guardado no coincide con su huella digital: el disco pudo dañarlo. Restaure una copia de seguridad o vuelva a escanear el documento.',
  },
} as const;
