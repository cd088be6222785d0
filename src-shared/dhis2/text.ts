/** Every user-facing string of the DHIS2 bridge (issue 20). */
export const dhis2Text = {
  csv: {
    badKind: (text: string) => `«${text.slice(0, 30)}» en «tipo»: escriba elemento o unidad`,
    unknownFigure: (key: string) => `«${key.slice(0, 60)}» no es una cifra de LactaRed (vea la lista de claves)`,
    unknownOrgUnit: (key: string) => `«${key.slice(0, 60)}» no es «pais», una región ni un código de establecimiento conocido aquí`,
    badUid: (text: string) => `«${text.slice(0, 30)}» no es un identificador de DHIS2 (11 letras y números, empieza con letra)`,
    cocOnOrgUnit: 'una unidad organizativa no lleva categoryOptionCombo',
    duplicate: (key: string, first: number) => `«${key.slice(0, 60)}» ya está en la fila ${first}`,
    refused: (n: number) => `${n} filas del mapeo no se pudieron usar: no se guardó nada. Corríjalas y vuelva a importar.`,
  },
  errors: {
    onlyNational: 'El mapeo a DHIS2 lo importa el nivel nacional; aquí llega con los paquetes.',
    onlyAboveRed: 'Los datos para DHIS2 se preparan en la región o en el nivel nacional.',
    mappingEmpty: 'El archivo no tiene ninguna fila de mapeo que se pueda usar. Revise el informe de filas.',
    noMapping: 'Todavía no hay mapeo a DHIS2: impórtelo (nivel nacional) o espere a que llegue desde arriba.',
    badPeriod: 'Escriba el período como DHIS2: 2026 (año), 2026S1 o 2026S2 (semestre), 202611 (mes).',
    nothingMapped: 'Ninguna cifra del período tiene su elemento y su unidad organizativa en el mapeo: no hay nada que enviar.',
    noServer: 'Falta la dirección del servidor DHIS2 y el usuario: el administrador los configura en Configuración.',
    badUrl: 'Escriba la dirección completa del servidor, por ejemplo https://dhis2.minsa.gob.pe',
    unreachable: (url: string) => `No se pudo conectar con ${url}: revise la conexión a Internet y la dirección. No se envió nada; puede guardar el archivo y cargarlo en DHIS2 más tarde.`,
    timeout: 'El servidor DHIS2 no respondió a tiempo. No se marcó nada como enviado; intente de nuevo más tarde.',
    unauthorized: 'DHIS2 rechazó el usuario o la contraseña (401). Revise los datos de acceso en Configuración.',
    forbidden: 'El usuario de DHIS2 no tiene permiso para cargar datos (403).',
    serverError: (status: number) => `El servidor DHIS2 respondió con un error (${status}). No se marcó nada como enviado.`,
    notSummary: 'La respuesta del servidor no es un resumen de importación de DHIS2: ¿es la dirección correcta?',
    dryRunFirst: 'Primero haga la prueba (dryRun) de este mismo período: el envío real va después.',
  },
} as const;
