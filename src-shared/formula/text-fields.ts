export const formulaText = {
  coveredRefusal:
    'Esta persona tiene obra social o cobertura de salud privada según el padrón: no puede recibir la Fórmula de Inicio por este programa.',
  errors: {
    date: 'Escriba una fecha válida (dd/mm/aaaa).',
    nationalId: 'Escriba el número de documento, solo dígitos.',
    nationalIdCountry: (label: string, hint: string) => `El ${label} debe tener ${hint}.`,
    searchEmpty: 'Escriba un DNI o un nombre para buscar.',
    email: 'El correo electrónico no parece válido.',
    contactRequired: 'Escriba al menos un dato de contacto: teléfono, correo o domicilio.',
    coverageNotChecked: 'Confirme que revisó el padrón de cobertura.',
    caregiverExists: 'Ya hay un responsable con ese documento: se abrió su ficha.',
    caregiverNotFound: 'No se encontró ese responsable.',
    birthInFuture: 'La fecha de nacimiento es posterior a hoy.',
    coverageEmpty: 'El archivo no tiene ninguna fila válida. Revise que sea el padrón correcto.',
  },
} as const;
