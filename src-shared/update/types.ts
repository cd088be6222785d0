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
export const updateInstallSchema = updateFolderSchema.extend({ unsavedForms: z.number().int().min(0) });
