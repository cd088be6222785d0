import { describe, expect, it } from 'vitest';
import { newId, UUID_PATTERN } from '../../src-shared/sync/ids';

describe('UUIDv7 ids', () => {
  it('are version 7, RFC variant, and unique', () => {
    const ids = Array.from({ length: 1000 }, () => newId(Date.UTC(2026, 10, 22)));
    for (const id of ids) {
      expect(id).toMatch(UUID_PATTERN);
      expect(id[14]).toBe('7');
      expect('89ab').toContain(id[19]);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sort by creation time', () => {
    const early = newId(Date.UTC(2024, 1, 29));
    const late = newId(Date.UTC(2024, 2, 1));
    expect(early < late).toBe(true);
    expect(early.slice(0, 13)).toBe(`${(Date.UTC(2024, 1, 29)).toString(16).padStart(12, '0').slice(0, 8)}-${(Date.UTC(2024, 1, 29)).toString(16).padStart(12, '0').slice(8)}`);
  });
});
