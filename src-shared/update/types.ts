import { z } from 'zod';

export interface UpdateCheck {
  readonly version: string;
  readonly releaseDate: string | null;
  /** Newer than the installed version. */
  readonly newer: boolean;
  readonly installed: string;
  /** The desktop app can install it; browser mode only checks. */
  readonly desktop: boolean;
}

export const updateFolderSchema = z.object({ folder: z.string().trim().min(1, { error: 'Escriba la carpeta de la actualización.' }).max(1000) });
export const publisherKeySchema = z.object({ key: z.string().trim().min(1, { error: 'Pegue la clave del publicador.' }).max(4000) });
export interface PublisherKeyInfo {
  /** The trusted key's fingerprint (for a person to confirm by phone), or null when none is set. */
  readonly fingerprint: string | null;
}
export const updateInstallSchema = updateFolderSchema.extend({ unsavedForms: z.number().int().min(0) });
