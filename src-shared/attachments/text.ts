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
  accepted: ACCEPTED,
  errors: {
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
