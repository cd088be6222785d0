/** Every refusal of an enrolment file or a bundle: a stable code for scripts, a Spanish sentence for people. */
export const SYNC_REFUSALS = {
  NOT_A_BUNDLE: 'El archivo no es un paquete de LactaRed (¿se eligió otro archivo?).',
  TRUNCATED: 'El paquete está incompleto: se copió o descargó a medias. Pida que lo envíen de nuevo.',
  CORRUPT: 'El paquete está dañado: su contenido no coincide con la firma. Pida que lo envíen de nuevo.',
  BAD_SIGNATURE: 'La firma del paquete no es válida: el archivo fue alterado o no viene del sitio que dice enviarlo. No se importó nada.',
  WRONG_RECEIVER: 'Este paquete no es para este sitio: fue preparado para otro destinatario.',
  UNKNOWN_SITE: 'El paquete viene de un sitio que no está inscrito aquí. Importe primero su archivo de inscripción.',
  NOT_SET_UP: 'Este equipo todavía no está configurado.',
  SCHEMA_TOO_NEW: 'El paquete fue creado con una versión más nueva de LactaRed: actualice LactaRed en este equipo.',
  CLOCK_AHEAD:
    'El paquete trae cambios fechados más de 7 días después de la fecha de este equipo: el reloj de la PC que lo envió (o el de esta) está mal. Corrija la fecha y la hora y vuelva a exportar. No se importó nada.',
  TOO_LARGE: 'El paquete se descomprime a un tamaño imposible para LactaRed: fue armado para dañar o está roto. No se importó nada.',
  BAD_CONTENT: 'El contenido del paquete no es válido para LactaRed. No se importó nada.',
  NO_PARENT: 'Este sitio no tiene a quién enviar: importe primero el archivo de inscripción de su microrred o red.',
  NOT_AN_ENROLMENT: 'El archivo no es un archivo de inscripción de LactaRed.',
  FINGERPRINT_MISMATCH: 'La huella no coincide con la del archivo: confírmela de nuevo con el otro sitio antes de inscribirlo.',
  KEY_CHANGED: 'Ese sitio ya está inscrito con otra clave. Solo el coordinador puede reemplazarla.',
  WRONG_LEVEL: 'Ese sitio no puede inscribirse aquí: cada sitio se inscribe en un nivel superior al suyo (microrred, red, región o nivel nacional), nunca en uno del mismo nivel.',
  PARENT_EXISTS: 'Este sitio ya está inscrito en otra microrred o red.',
  SELF: 'Ese archivo de inscripción es el de este mismo sitio.',
  UNREADABLE: 'No se pudo leer el archivo.',
  INTERNAL: 'Ocurrió un error inesperado al importar este paquete: no se aplicó nada de él. Los demás archivos se importaron igual. Si vuelve a pasar, avise al soporte.',
} as const;

export type SyncRefusalCode = keyof typeof SYNC_REFUSALS;
