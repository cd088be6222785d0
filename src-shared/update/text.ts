/** Every word about updates, in one place. */
export const updateText = {
  title: 'Actualizar LactaRed',
  intro: 'Sin internet: copie en una memoria USB (o en una carpeta compartida de la microrred) la carpeta de la nueva versión que le entregaron, con su archivo latest.yml, y escriba aquí dónde está. Con internet: escriba la dirección del servidor de actualizaciones (https://…).',
  folder: 'Carpeta o dirección de la actualización',
  serverUnreachable: (url: string) => `No se pudo conectar con ${url}. Revise la conexión a internet o use una memoria USB.`,
  check: 'Buscar actualización',
  current: (version: string) => `Versión instalada: ${version}.`,
  noFeed: 'En esa carpeta no hay una actualización de LactaRed (falta el archivo latest.yml o no se puede leer).',
  badFeed: 'El archivo latest.yml de esa carpeta no es válido.',
  missingInstaller: (file: string) => `Falta el instalador ${file} en la carpeta.`,
  tampered: (file: string) => `El instalador ${file} no coincide con su suma de verificación: puede estar dañado o haber sido alterado. No se instalará; pida una copia nueva.`,
  upToDate: (version: string) => `Ya tiene la última versión (${version}).`,
  found: (version: string, date: string) => `Versión ${version} (${date}) encontrada y verificada.`,
  install: (version: string) => `Hacer copia de seguridad e instalar la versión ${version}`,
  unsaved: 'Hay formularios con datos sin guardar. Guárdelos o descártelos antes de actualizar.',
  desktopOnly: 'La instalación se hace desde la aplicación de escritorio; aquí solo se verifica la actualización.',
  installing: 'Copia de seguridad hecha. LactaRed se cerrará para instalar la nueva versión y volverá a abrirse.',
} as const;
