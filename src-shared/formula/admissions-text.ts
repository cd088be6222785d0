import type { AdmissionColumn } from './admissions';

/** What the Planilla's admissions part says, on screen and on paper (issue 14.10). */
export const admissionsUi = {
  pageTitle: 'Planilla semanal',
  tabs: {
    deliveries: 'Entregas',
    admissions: 'Altas (recetas nuevas)',
    pending: (count: number) => `Recetas por escanear (${count})`,
  },
  title: 'Altas de la semana',
  help:
    'Un bloque por alta, como en la planilla en papel: arriba el responsable y el lactante, abajo la receta. ' +
    'Enter pasa al campo siguiente (en el último, a una alta nueva); Ctrl+Enter guarda. ' +
    'Cada receta queda pendiente de su imagen escaneada: sin ella no se entrega fórmula.',
  formOnlyReasons: 'VIH, decisión de no amamantar y prematuros se registran en la pantalla Fórmula: piden datos que la planilla no tiene.',
  groups: { who: 'Responsable y lactante', prescription: 'Receta' },
  columns: {
    caregiverNationalId: 'DNI responsable',
    caregiverFirstNames: 'Nombres responsable',
    caregiverLastNames: 'Apellidos responsable',
    caregiverPhone: 'Teléfono',
    infantFirstNames: 'Nombres lactante',
    infantLastNames: 'Apellidos lactante',
    infantNationalId: 'DNI lactante (si tiene)',
    infantBirthDate: 'Fecha de nacimiento',
    prescriptionDate: 'Fecha de la receta',
    reasonCode: 'Motivo',
    durationMonths: 'Meses',
    replacement: 'Reemplazo',
    gramsPerMonth: 'g por mes (si es parcial)',
    prescriberName: 'Quién prescribe',
    prescriberLicence: 'Colegiatura',
  } satisfies Record<AdmissionColumn, string>,
  chooseReason: 'Elija…',
  replacementOptions: [
    { value: 'total', label: 'Total' },
    { value: 'partial', label: 'Parcial' },
  ],
  rowLabel: (row: number) => `Alta ${row}`,
  cellLabel: (column: string, row: number) => `${column}, alta ${row}`,
  addRow: 'Agregar otra alta',
  removeRow: (row: number) => `Quitar el alta ${row}`,
  save: 'Guardar las altas',
  saving: 'Guardando…',
  nothingToSave: 'No hay altas con datos para guardar.',
  savedSummary: (saved: number, failed: number) =>
    `${saved === 1 ? 'Se guardó 1 alta' : `Se guardaron ${saved} altas`}.` +
    (failed > 0 ? ` ${failed === 1 ? 'Una quedó' : `${failed} quedaron`} en pantalla para corregir.` : ''),
  savedTitle: 'Altas guardadas en esta sesión',
  savedRow: (infant: string, dni: string, before: boolean) =>
    `${infant} · DNI responsable ${dni} · ${before ? 'ya estaba guardada: no se repitió' : 'falta adjuntar la receta escaneada'}`,
  restored: (when: string) => `Se recuperaron las altas que estaba cargando (guardadas automáticamente el ${when}).`,
  discard: 'Vaciar las altas',
  confirmDiscard: '¿Vaciar las altas? Se borrarán las que todavía no se guardaron.',
  cancel: 'Cancelar',
  pending: {
    title: 'Recetas que esperan su imagen escaneada',
    help: 'Con estas recetas no se entrega fórmula hasta adjuntar la receta escaneada (desde la bandeja de escaneos o desde un archivo).',
    empty: 'No hay recetas pendientes de escanear.',
    line: (date: string, infant: string, dni: string) => `Receta del ${date} · ${infant} · DNI responsable ${dni}`,
    attach: 'Adjuntar la receta escaneada',
    attachFor: (infant: string) => `Adjuntar la receta escaneada de ${infant}`,
    panelHeading: (infant: string, date: string) => `Receta de ${infant} del ${date}`,
    close: 'Cerrar',
  },
  print: {
    title: 'Altas de la semana (responsable, lactante y receta)',
    number: 'N.º',
    reasonsTitle: 'Motivos que pueden darse de alta en la planilla (escriba el número):',
    note: 'Junte la receta de cada alta para escanearla. Se carga en LactaRed en «Planilla semanal» → «Altas», en este mismo orden.',
  },
} as const;
