/** A registry of two facilities in two regions, as a national site imports it (the DHIS2 tests and e2e). */
export const REGISTRY = 'codigo;nombre;diresa;red;microrred;atiende partos\n00001111;Puesto Cerrito;DIRESA Cusco;Red Norte;MR Uno;si\n00002222;Centro Puno;DIRESA Puno;Red Puno;MR Puno;si\n';
