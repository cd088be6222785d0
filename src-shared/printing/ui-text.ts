export const printUi = {
  print: 'Imprimir o guardar como PDF',
  close: 'Cerrar',
  previewOf: (title: string) => `Vista previa: ${title}`,
  anexo2Blank: 'Imprimir Anexo 2 en blanco',
  anexo2Next: 'Imprimir Anexo 2 para la próxima sesión',
  anexo2Of: (date: string) => `Anexo 2 de la sesión del ${date}`,
} as const;
