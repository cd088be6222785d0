import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCoverageCsv } from '../../src-shared/formula/coverage-csv';
import { DEFAULT_REASONS } from '../../src-shared/formula/reasons';

describe('coverage list (padrón) CSV', () => {
  it('reads semicolon files with a header, a BOM and Windows line ends', () => {
    const parsed = parseCoverageCsv('\uFEFFdni;nombre;cobertura\r\n12345678;Ana Pérez;OSDE\r\n87654321;Luis Gómez;IOMA\r\n', 'AR');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows).toEqual([
      { nationalId: '12345678', name: 'Ana Pérez', coverage: 'OSDE', line: 2 },
      { nationalId: '87654321', name: 'Luis Gómez', coverage: 'IOMA', line: 3 },
    ]);
    expect(parsed.rejected).toEqual([]);
  });

  it('reads commas, quotes and IDs typed with dots; skips empty lines', () => {
    const parsed = parseCoverageCsv('12.345.678,"Pérez, Ana",OSDE\n\n\n7654321,,\n', 'AR');
    expect(parsed.rows.map((row) => [row.nationalId, row.name, row.line])).toEqual([
      ['12345678', 'Pérez, Ana', 1],
      ['7654321', '', 4],
    ]);
  });

  it('rejects malformed lines with their numbers and keeps the good ones', () => {
    const parsed = parseCoverageCsv('dni;nombre\n12345678;Ana\nabc;Luis\n1234;Corto\n87654321;Bien\n', 'PE');
    expect(parsed.rows.map((row) => row.nationalId)).toEqual(['12345678', '87654321']);
    expect(parsed.rejected.map((r) => r.line)).toEqual([3, 4]);
    expect(parsed.rejected[0]?.reason).toMatch(/no es un DNI válido \(8 dígitos\)/);
  });

  it('a file with the wrong delimiter shows up as rejected lines, not as wrong data', () => {
    const parsed = parseCoverageCsv('12345678|Ana|OSDE\n87654321|Luis|IOMA\n', 'PE');
    expect(parsed.rows).toEqual([]);
    expect(parsed.rejected.map((r) => r.line)).toEqual([1, 2]);
  });

  it('reports duplicates, keeping the first', () => {
    const parsed = parseCoverageCsv('12345678;Ana\n87654321;Luis\n12345678;Ana otra vez\n', 'PE');
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.duplicates).toEqual([{ line: 3, nationalId: '12345678', firstLine: 1 }]);
  });

  it('too many columns is a rejected line', () => {
    expect(parseCoverageCsv('12345678;Ana;OSDE;extra\n', 'PE').rejected[0]?.reason).toMatch(/4 columnas/);
  });

  it('decodes Latin-1 files from old spreadsheets, and UTF-8 ones as they are', () => {
    const latin1 = Uint8Array.from([0x31, 0x32, 0x3b, 0x4d, 0x61, 0x72, 0xed, 0x61, 0x20, 0x4e, 0xfa, 0xf1, 0x65, 0x7a]);
    expect(decodeCsvBytes(latin1)).toBe('12;María Núñez');
    expect(decodeCsvBytes(new TextEncoder().encode('12;María Núñez'))).toBe('12;María Núñez');
  });
});

describe('reasons (reference data)', () => {
  it('holds the eleven reasons of the seed, with their special rules', () => {
    expect(DEFAULT_REASONS).toHaveLength(11);
    expect(DEFAULT_REASONS.filter((r) => r.side === 'infant').map((r) => r.code)).toEqual(['prematureVlbw', 'adoption', 'motherDeceasedOrAbsent']);
    expect(DEFAULT_REASONS.find((r) => r.code === 'hiv')?.needsHivFields).toBe(true);
    expect(DEFAULT_REASONS.find((r) => r.code === 'decisionNotToBreastfeed')).toMatchObject({ rule: 'firstMonthOnly', needsCounselingDeclaration: true });
    expect(new Set(DEFAULT_REASONS.map((r) => r.code)).size).toBe(11);
  });
});
