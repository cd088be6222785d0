import { describe, expect, it } from 'vitest';
import { hashPassword, SCRYPT_COST, verifyPassword } from '../../src-main/users/passwords';

describe('password hashing', () => {
  it('uses scrypt at the OWASP cost (N=2^17, r=8, p=1) with a random salt', async () => {
    expect(SCRYPT_COST).toEqual({ N: 131072, r: 8, p: 1 });
    const [a, b] = await Promise.all([hashPassword('una frase larga'), hashPassword('una frase larga')]);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('una frase larga');
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('Ñandú con tilde');
    expect(await verifyPassword('Ñandú con tilde', stored)).toBe(true);
    // The same text typed with a combining accent (another keyboard layout) is the same password.
    expect(await verifyPassword('N\u0303andu\u0301 con tilde', stored)).toBe(true);
    expect(await verifyPassword('ñandú con tilde', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('refuses a malformed stored hash instead of crashing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
