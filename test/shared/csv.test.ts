import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src-shared/common/csv';

describe('CSV for spreadsheets in Spanish', () => {
  it.each([
    ['Quispe', 'Quispe'],
    ['Núñez; Ana', '"Núñez; Ana"'],
    ['dice "hola"', '"dice ""hola"""'],
    ['línea\nnueva', '"línea\nnueva"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+51 984', "'+51 984"],
    ['-3', "'-3"],
    ['@SUM', "'@SUM"],
    [12, '12'],
    [null, ''],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('starts with a byte-order mark, separates with ; and ends lines with CRLF', () => {
    expect(toCsv(['DNI', 'Nombre'], [['45678912', 'María José'], ['0123', null]])).toBe('\uFEFFDNI;Nombre\r\n45678912;María José\r\n0123;\r\n');
  });
});
