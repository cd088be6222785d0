/** What the `lactared` command line says, in Spanish. */
export const cliText = {
  usage: `Uso: lactared <orden> [opciones] [--data-dir CARPETA] [--json]

Órdenes (en un sitio cifrado, con --user USUARIO --password-file ARCHIVO, o LACTARED_USER y
LACTARED_PASSWORD_FILE):
  init --site-type facility|microrred|red|region|national --country PE|AR --name NOMBRE --code CÓDIGO
       [--region NOMBRE] [--red NOMBRE] [--microrred NOMBRE] [--attends-births]
       --admin USUARIO [--admin-name "NOMBRE Y APELLIDOS"] --admin-password-file ARCHIVO
       (--parent NOMBRE: el nivel inmediato superior, la microrred de un establecimiento o la red
        de una microrred; el CÓDIGO lleva solo letras y números)
  enrolment export --out ARCHIVO
  enrolment import ARCHIVO --fingerprint HUELLA [--replace-key]
  export --out CARPETA [--max-part-mb N] [--to CÓDIGO] [--progress]   (--to: correcciones hacia un sitio dependiente)
  import ARCHIVO... [--dry-run] [--progress]
  verify ARCHIVO
  ack --site CÓDIGO --out ARCHIVO
  status
  demo --months N [--scale N]   (datos de demostración en un establecimiento)
  backup [--second-folder CARPETA]   (copia de seguridad verificada, con rotación)
  update-key ARCHIVO   (la clave pública del publicador de actualizaciones en la que confía este sitio)
  release-key --out CARPETA   (solo quien publica LactaRed: crea el par de claves del publicador)
  release-sign --key ARCHIVO --folder CARPETA   (solo quien publica: firma latest*.yml de una versión)
  dhis2 mapping ARCHIVO   (nivel nacional: importa el mapeo CSV de cifras y unidades a DHIS2)
  dhis2 export --period 2026S2|2026|202611 --out ARCHIVO [--format json|csv]
  dhis2 push --period 2026S2 [--dry-run]   (al servidor DHIS2 configurado; primero con --dry-run)

Códigos de salida: 0 correcto, 1 algún archivo rechazado, 2 uso incorrecto.`,
  exportProgress: (records: number, recordsTotal: number, files: number, filesTotal: number) => `registros ${records} de ${recordsTotal} · archivos ${files} de ${filesTotal}`,
  backupDone: (id: string, bytes: number) => `Copia de seguridad ${id} hecha y verificada (${Math.round(bytes / 1024)} KB).`,
  internal: (detail: string) => `Error inesperado: ${detail}\nLo que estaba a medias no se guardó. Si vuelve a pasar, avise al soporte con este mensaje.`,
  releaseKeyExists: (file: string) => `Ya existe ${file}: no se reemplaza una clave del publicador.`,
  releaseKeyMade: (privateFile: string, publicFile: string, fingerprint: string) =>
    `Clave privada del publicador: ${privateFile} (guárdela fuera de la red; nunca la copie a un establecimiento).\nClave pública: ${publicFile}\nHuella: ${fingerprint}`,
  badPrivateKey: (file: string) => `${file} no es una clave privada de publicador (Ed25519, PEM).`,
  noRelease: (folder: string) => `En ${folder} no hay latest.yml, latest-linux.yml ni latest-mac.yml.`,
  releaseSigned: (feeds: readonly string[]) => `Firmados: ${feeds.join(', ')}.`,
  updateKeySet: (fingerprint: string) => `Este sitio instalará solo actualizaciones firmadas por la clave con huella ${fingerprint}.`,
  unknownCommand: (name: string) => `Orden desconocida: «${name}».`,
  missing: (option: string) => `Falta la opción ${option}.`,
  badValue: (option: string, allowed: string) => `Valor no válido para ${option}: use ${allowed}.`,
  noFiles: 'Indique al menos un archivo.',
  dhis2Exported: (file: string, values: number, figures: readonly string[], units: readonly string[]) =>
    [`${file}: ${values} valores para DHIS2.`, figures.length ? `Cifras sin mapeo (no van): ${figures.join(', ')}` : '', units.length ? `Unidades sin mapeo (no van): ${units.join(', ')}` : ''].filter(Boolean).join('\n'),
  dhis2Summary: (dryRun: boolean, status: string, imported: number, updated: number, ignored: number, conflicts: readonly string[]) =>
    [`${dryRun ? 'Prueba (dryRun)' : 'Envío'}: ${status}. Importados ${imported}, actualizados ${updated}, ignorados ${ignored}, conflictos ${conflicts.length}.`, ...conflicts].join('\n'),
  dhis2Mapping: (entries: number) => `Mapeo a DHIS2 importado: ${entries} filas.`,
  dhis2MappingRefused: (lines: readonly string[]) => ['El mapeo tiene filas que no se pueden usar; no se guardó nada:', ...lines].join('\n'),
  unreadable: (file: string) => `No se pudo leer el archivo «${file}».`,
  passwordFile: 'No se pudo leer el archivo de la contraseña del administrador.',
  setupRefused: (message: string) => `No se pudo configurar: ${message}`,
  initDone: (name: string, code: string) => `Sitio configurado: ${name} (${code}).`,
  recoveryKey: (key: string) =>
    `Los datos del sitio están cifrados. Clave de recuperación (se muestra una sola vez; imprímala o anótela y guárdela bajo llave):\n  ${key}`,
  notSetUp: 'Esta carpeta no tiene un sitio configurado: use primero «lactared init».',
  alreadySetUp: 'Esta carpeta ya tiene un sitio configurado.',
  encryptedNeedsUser: 'Los datos de este sitio están cifrados: indique --user USUARIO y --password-file ARCHIVO (o las variables LACTARED_USER y LACTARED_PASSWORD_FILE).',
  passwordFileUnreadable: (file: string) => `No se pudo leer el archivo de la contraseña ${file}.`,
  wrongUserOrPassword: 'Usuario o contraseña incorrectos (o ese usuario no está activo en este sitio).',
  enrolmentSaved: (file: string, fingerprint: string) => `Archivo de inscripción guardado en ${file}.\nHuella para confirmar por teléfono: ${fingerprint}`,
  enrolled: (name: string, code: string, relation: 'parent' | 'child', again: boolean) =>
    again ? `${name} (${code}) ya estaba inscrito.` : `${name} (${code}) inscrito como ${relation === 'parent' ? 'sitio superior' : 'sitio dependiente'}.`,
  exported: (files: readonly string[], records: number, attachments: number) =>
    `Paquete guardado (${records} registros, ${attachments} archivos adjuntos):\n${files.map((f) => `  ${f}`).join('\n')}`,
  demoDone: (caregivers: number, deliveries: number, groups: number, attendance: number, scans: number) =>
    `Datos de demostración creados: ${caregivers} responsables, ${deliveries} entregas, ${groups} grupos, ${attendance} asistencias, ${scans} hojas de asistencia escaneadas.`,
  ackSaved: (file: string) => `Acuse de recibo guardado en ${file}.`,
  ackImported: (file: string, code: string) => `${file}: acuse de recibo de ${code} aplicado.`,
  imported: (file: string, code: string, sequence: number) => `${file}: paquete ${sequence} de ${code}`,
  verified: (file: string, code: string, sequence: number) => `${file}: paquete ${sequence} de ${code} verificado (no se aplicó).`,
  dryRun: 'Prueba sin cambios: no se modificó la base de datos.',
  refused: (file: string, message: string) => `${file}: RECHAZADO. ${message}`,
  summaryHeader: 'tabla                          nuevos  actualizados  sin cambios  conflictos  rechazados',
  statusHeader: (code: string, type: string) => `Sitio ${code} (${type})`,
  statusLine: (code: string, name: string, records: number, lastSequence: number, unacknowledged: number) =>
    `  ${code} ${name}: ${records} registros, último paquete recibido ${lastSequence}, cambios sin acuse ${unacknowledged}`,
} as const;
