import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../src-shared/common/csv-read';
import { parseRegistryCsv } from '../../src-shared/levels/registry-csv';

describe('the facility registry file (RENAES, REFES)', () => {
  it('reads named columns in any order and reports each bad line with its reason', () => {
    const text = [
      'Nombre;Código;Categoría;DIRESA;Red;Microrred;Distrito;Provincia;Atiende partos',
      'C.S. San Jerónimo;00002345;I-4;Cusco;Red Norte;MR Alfa;San Jerónimo;Cusco;Sí',
      'P.S. Huasao;00002346;I-2;Cusco;Red Norte;MR Alfa;Oropesa;Quispicanchi;no',
      'Sin código;;I-1;Cusco;;;;;no',
      'Hospital;12;II-1;Cusco;;;;;si',
      'Posta;00002347;I-1;;;;;;no',
      'Posta 2;00002348;I-1;Cusco;;;;;a veces',
      'C.S. San Jerónimo (otra vez);00002345;I-4;Cusco;;;;;si',
      '',
    ].join('\r\n');
    const parsed = parseRegistryCsv(text, 'PE');
    expect(parsed.rows).toEqual([
      { code: '00002345', name: 'C.S. San Jerónimo', category: 'I-4', region: 'Cusco', network: 'Red Norte', microNetwork: 'MR Alfa', district: 'San Jerónimo', province: 'Cusco', attendsBirths: true, phone: '', line: 2 },
      { code: '00002346', name: 'P.S. Huasao', category: 'I-2', region: 'Cusco', network: 'Red Norte', microNetwork: 'MR Alfa', district: 'Oropesa', province: 'Quispicanchi', attendsBirths: false, phone: '', line: 3 },
    ]);
    expect(parsed.rejected.map((r) => r.line)).toEqual([4, 5, 6, 7]);
    expect(parsed.rejected[1]?.reason).toContain('«12» no es un código');
    expect(parsed.rejected[2]?.reason).toContain('falta la región');
    expect(parsed.rejected[3]?.reason).toContain('«a veces»');
    expect(parsed.duplicates).toEqual([{ line: 8, code: '00002345', firstLine: 2 }]);
  });

  it('reads a file without header in the documented order, comma separated, in Latin-1', () => {
    const latin1 = Uint8Array.from(Array.from('00007001,C.S. Ñaña,I-3,Lima Este,Red Chosica,MR Ñaña,Lurigancho,Lima,1\n', (c) => c.charCodeAt(0)));
    const parsed = parseRegistryCsv(decodeCsvBytes(latin1), 'PE');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.rows[0]).toMatchObject({ code: '00007001', name: 'C.S. Ñaña', microNetwork: 'MR Ñaña', attendsBirths: true });
  });

  it('in Argentina «provincia» is the jurisdiction and the code is REFES', () => {
    const parsed = parseRegistryCsv('codigo_refes;nombre;provincia;partido;maternidad\n10060012345678;Hospital Evita;Buenos Aires;Lanús;SI\n', 'AR');
    expect(parsed.rows[0]).toMatchObject({ code: '10060012345678', region: 'Buenos Aires', district: 'Lanús', province: '', attendsBirths: true });
  });

  it('says so when the first line is neither a header nor data', () => {
    const parsed = parseRegistryCsv('foo;bar\n', 'PE');
    expect(parsed.rows).toEqual([]);
    expect(parsed.rejected[0]?.reason).toContain('encabezado');
  });
});
