import { describe, expect, it } from 'vitest';
import { auditQuerySchema } from '../../src-shared/audit/schemas';
import { z } from 'zod';
import { dateFromInput, parseDayMonthYear } from '../../src-shared/common/dates';
import { isoDateSchema } from '../../src-shared/formula/schemas';
import { fieldErrorsOf } from '../../src-shared/common/validation';
import { contract, CHANNEL_NAMES } from '../../src-shared/contract/channels';
import { setupSchema } from '../../src-shared/setup/schemas';
import { isValidNationalId } from '../../src-shared/site/countries';
import { newUserSchema } from '../../src-shared/users/schemas';
import { facilitySetup } from '../helpers/test-app';

function errorsOf(schema: { safeParse(value: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  return fieldErrorsOf(parsed.error as Parameters<typeof fieldErrorsOf>[0]);
}

describe('the contract', () => {
  it('declares an input schema and an access rule for every channel', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(10);
    for (const name of CHANNEL_NAMES) {
      const def = contract[name];
      expect(typeof def.input.safeParse, name).toBe('function');
      expect(def.access, name).toBeTruthy();
    }
  });

  it('only status, setup, sign-in and the recovery key are callable without a session', () => {
    const open = CHANNEL_NAMES.filter((name) => contract[name].access === 'public');
    expect(open.sort()).toEqual(['app.status', 'session.login', 'session.recover', 'setup.complete']);
  });

  it('rejects unexpected fields on empty inputs', () => {
    expect(contract['app.status'].input.safeParse({ sneaky: true }).success).toBe(false);
  });
});

describe('setup validation (Spanish messages per field)', () => {
  it('accepts a complete Peruvian facility', () => {
    expect(setupSchema.safeParse(facilitySetup()).success).toBe(true);
  });

  it.each([
    ['PE', '1234', false],
    ['PE', '00012345', true],
    ['PE', '123456789', false],
    ['AR', '10020012215412', true],
    ['AR', '1002001221541', false],
    ['AR', '10.020.012.215.412', true],
  ] as const)('%s facility code %s valid=%s', (country, code, valid) => {
    const errors = errorsOf(setupSchema, facilitySetup({ country, code }));
    expect('site.code' in errors).toBe(!valid);
    if (!valid) expect(errors['site.code']).toMatch(country === 'PE' ? /RENAES/ : /REFES/);
  });

  it('a code with a hyphen is refused with a message, never silently changed (issue 15)', () => {
    expect(errorsOf(setupSchema, facilitySetup({ kind: 'microNetwork', code: 'MR-SJ', microNetwork: '' }))['site.code']).toMatch(/solo letras y números/);
    expect(errorsOf(setupSchema, facilitySetup({ code: '0001-2345' }))['site.code']).toMatch(/solo letras y números/);
  });

  it('a coordination site needs no facility code nor microrred', () => {
    const input = facilitySetup({ kind: 'network', code: '', microNetwork: '', network: '' });
    expect(setupSchema.safeParse(input).success).toBe(true);
  });

  it('a region needs its region but no red; the national level needs neither (issue 16)', () => {
    expect(setupSchema.safeParse(facilitySetup({ kind: 'region', code: 'DIRESACU', network: '', microNetwork: '' })).success).toBe(true);
    expect(errorsOf(setupSchema, facilitySetup({ kind: 'region', code: '', region: '', network: '', microNetwork: '' }))['site.region']).toMatch(/DIRESA/);
    expect(setupSchema.safeParse(facilitySetup({ kind: 'national', code: 'MINSA', region: '', network: '', microNetwork: '' })).success).toBe(true);
    expect(errorsOf(setupSchema, facilitySetup({ kind: 'facility', region: '' }))['site.region']).toMatch(/DIRESA/);
  });

  it('explains every wrong field in Spanish', () => {
    const input = facilitySetup({ name: '  ', region: '', network: '' });
    const errors = errorsOf(setupSchema, { ...input, admin: { fullName: '', username: 'Con Espacio', password: 'corta', passwordConfirm: 'otra' } });
    expect(errors).toMatchObject({
      'site.name': 'Escriba el nombre.',
      'site.region': expect.stringMatching(/DIRESA/) as unknown,
      'site.network': 'Complete el campo «Red de salud».',
      'admin.fullName': expect.stringMatching(/^Escriba/) as unknown,
      'admin.username': expect.stringMatching(/minúsculas/) as unknown,
      'admin.password': 'La contraseña debe tener al menos 8 caracteres.',
      'admin.passwordConfirm': 'Las dos contraseñas no coinciden.',
    });
  });

  it('a missing object still gets Spanish messages', () => {
    const errors = errorsOf(setupSchema, {});
    expect(Object.values(errors).join(' ')).not.toMatch(/expected|received|Invalid/i);
  });
});

describe('users', () => {
  it('refuses a password equal to the username', () => {
    const errors = errorsOf(newUserSchema, { fullName: 'Ana', username: 'ana.lopez', role: 'registrar', password: 'ana.lopez', passwordConfirm: 'ana.lopez' });
    expect(errors.password).toMatch(/igual al usuario/);
  });

  it('normalises usernames to lower case', () => {
    const parsed = newUserSchema.parse({ fullName: 'Ana', username: ' Ana.Lopez ', role: 'health', password: 'x'.repeat(8), passwordConfirm: 'x'.repeat(8) });
    expect(parsed.username).toBe('ana.lopez');
  });

  it.each([
    ['PE', '12345678', true],
    ['PE', '1234567', false],
    ['AR', '12.345.678', true],
    ['AR', '1234567', true],
    ['AR', '123456', false],
  ] as const)('national id %s %s valid=%s', (country, id, valid) => {
    expect(isValidNationalId(country, id)).toBe(valid);
  });
});

describe('dates typed as dd/mm/aaaa', () => {
  it.each([
    ['29/02/2024', { year: 2024, month: 2, day: 29 }],
    ['29/02/2023', null],
    ['29/02/2000', { year: 2000, month: 2, day: 29 }],
    ['29/02/1900', null],
    ['31/04/2026', null],
    ['30/04/2026', { year: 2026, month: 4, day: 30 }],
    ['31/12/2026', { year: 2026, month: 12, day: 31 }],
    ['1/3/2026', { year: 2026, month: 3, day: 1 }],
    ['01-03-2026', { year: 2026, month: 3, day: 1 }],
    ['00/01/2026', null],
    ['2026-03-01', null],
    ['', null],
  ])('%s', (text, expected) => {
    expect(parseDayMonthYear(text)).toEqual(expected);
  });

  it('audit filter refuses an impossible date and a reversed range', () => {
    expect(errorsOf(auditQuerySchema, { from: '31/02/2026' }).from).toMatch(/dd\/mm\/aaaa/);
    expect(errorsOf(auditQuerySchema, { from: '02/03/2026', to: '01/03/2026' }).to).toMatch(/anterior/);
    expect(auditQuerySchema.parse({ from: '28/02/2026', to: '01/03/2026' })).toMatchObject({ from: '2026-02-28', to: '2026-03-01' });
  });
});

describe('dates typed in the forms', () => {
  it.each([
    ['22/11/2026', '2026-11-22'],
    ['1/2/2026', '2026-02-01'],
    ['29-02-2024', '2024-02-29'],
    [' 31.12.2025 ', '2025-12-31'],
    ['2026-11-22', '2026-11-22'],
    ['29/02/2026', null],
    ['31/04/2026', null],
    ['2026-02-30', null],
    ['22/11/26', null],
    ['11/22/2026', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(dateFromInput(text)).toBe(expected);
  });

  it('the schema stores aaaa-mm-dd and refuses what is not a date with the dd/mm/aaaa hint', () => {
    expect(isoDateSchema.parse('29/02/2024')).toBe('2024-02-29');
    expect(errorsOf(z.object({ d: isoDateSchema }), { d: '30/02/2024' }).d).toBe('Escriba una fecha válida (dd/mm/aaaa).');
  });
});
