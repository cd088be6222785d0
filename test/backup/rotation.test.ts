import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-shared/common/dates';
import { backupsToKeep, type DatedBackup } from '../../src-shared/backup/rotation';

/** One backup a day (two on some days), from `from` for `days` days. */
function daily(from: string, days: number, twiceOn: readonly string[] = []): DatedBackup[] {
  const out: DatedBackup[] = [];
  for (let i = 0; i < days; i += 1) {
    const day = addDays(from, i);
    const at = Date.parse(`${day}T08:00:00Z`);
    out.push({ id: `${day}-a`, day, takenAt: at });
    if (twiceOn.includes(day)) out.push({ id: `${day}-b`, day, takenAt: at + 3_600_000 });
  }
  return out;
}

describe('backup rotation: 7 daily + 4 weekly', () => {
  it('a PC used every day for two months keeps exactly 7 days and 4 weeks', () => {
    // 2026-01-01 .. 2026-02-28 (59 days; 2026 is not a leap year). The last 7 days: 22–28 February.
    const kept = [...backupsToKeep(daily('2026-01-01', 59))].sort();
    expect(kept).toEqual([
      // Newest of each week before 22/02: weeks of 16/02, 09/02, 02/02 and 26/01 (each ends on a Sunday).
      '2026-02-01-a',
      '2026-02-08-a',
      '2026-02-15-a',
      '2026-02-21-a',
      '2026-02-22-a',
      '2026-02-23-a',
      '2026-02-24-a',
      '2026-02-25-a',
      '2026-02-26-a',
      '2026-02-27-a',
      '2026-02-28-a',
    ]);
  });

  it('of two backups on an earlier day, the later one is kept; of the last 24 hours, all of them', () => {
    const kept = backupsToKeep(daily('2024-02-25', 7, ['2024-02-29', '2024-03-02']));
    expect(kept.has('2024-02-29-b')).toBe(true);
    expect(kept.has('2024-02-29-a')).toBe(false);
    expect(kept.has('2024-03-02-a') && kept.has('2024-03-02-b')).toBe(true);
    expect(kept.has('2024-03-01-a')).toBe(true);
    const busy = Array.from({ length: 15 }, (_, i) => ({ id: `r${i}`, day: '2026-11-22', takenAt: i * 60_000 }));
    expect(backupsToKeep(busy).size).toBe(10);
  });

  it('a PC switched on only some days keeps the last 7 days it was used, then weeks', () => {
    const used = ['2025-12-01', '2025-12-15', '2025-12-29', '2026-01-05', '2026-01-06', '2026-01-20', '2026-02-03', '2026-02-10', '2026-02-11', '2026-02-12', '2026-02-27'];
    const backups = used.map((day) => ({ id: day, day, takenAt: Date.parse(`${day}T08:00:00Z`) }));
    expect([...backupsToKeep(backups)].sort()).toEqual(['2025-12-01', '2025-12-15', '2025-12-29', '2026-01-05', '2026-01-06', '2026-01-20', '2026-02-03', '2026-02-10', '2026-02-11', '2026-02-12', '2026-02-27']);
    expect(backupsToKeep(backups, { daily: 3, weekly: 2 })).toEqual(new Set(['2026-02-27', '2026-02-12', '2026-02-11', '2026-02-10', '2026-02-03']));
  });

  it('nothing, one, and a clock set back (a backup dated in the future is still the newest taken)', () => {
    expect(backupsToKeep([])).toEqual(new Set());
    expect(backupsToKeep([{ id: 'x', day: '2026-11-22', takenAt: 1 }])).toEqual(new Set(['x']));
    // Three days ago the PC's clock said March 2027; today it is right again.
    const odd = [
      { id: 'future', day: '2027-03-01', takenAt: Date.parse('2026-11-19T08:00:00Z') },
      { id: 'today', day: '2026-11-22', takenAt: Date.parse('2026-11-22T08:00:00Z') },
    ];
    expect(backupsToKeep(odd, { daily: 1, weekly: 0 })).toEqual(new Set(['today']));
  });
});
