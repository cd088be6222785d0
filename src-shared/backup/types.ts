import { z } from 'zod';

export interface BackupRow {
  readonly id: string;
  readonly takenAt: number;
  readonly reason: 'startup' | 'daily' | 'update' | 'manual' | 'beforeRestore';
  readonly appVersion: string;
  readonly bytes: number;
  readonly counts: Readonly<Record<string, number>>;
  /** Its file (of the recorded size) and attachment files are there; the hash is checked before a restore. */
  readonly intact: boolean;
}

export interface BackupsView {
  readonly backups: readonly BackupRow[];
  readonly secondFolder: string | null;
}

export const backupIdSchema = z.object({ id: z.string().regex(/^[0-9TZ]+-[A-Za-z]+(?:-\d+)?$/) });
export const secondFolderSchema = z.object({ folder: z.string().max(1000) });
