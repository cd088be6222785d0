import { z } from 'zod';
import { optionalText, requiredText } from '../common/validation';
import { COUNTRIES, COUNTRY_PROFILES, SITE_KINDS } from '../site/countries';
import { newPasswordFields, passwordsMatch, usernameSchema } from '../users/schemas';
import { setupText } from './text';

const t = setupText.errors;

export const siteKindStepSchema = z.object({
  kind: z.enum(SITE_KINDS, { error: t.siteKindRequired }),
  country: z.enum(COUNTRIES, { error: t.countryRequired }),
});

export const siteStepSchema = siteKindStepSchema
  .extend({
    name: requiredText('el nombre', 150),
    // Dots and spaces group digits as codes are printed (10.020.012.215.412); anything else is the person's to fix.
    code: optionalText(24).transform((code) => code.replace(/[\s.]/g, '')),
    region: optionalText(),
    network: optionalText(),
    microNetwork: optionalText(),
    attendsBirths: z.boolean(),
  })
  .superRefine((site, ctx) => {
    const profile = COUNTRY_PROFILES[site.country];
    // A code names bundle files and travels in them: only letters and digits, never silently changed.
    if (site.code !== '' && !/^[A-Za-z0-9]+$/.test(site.code)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: t.codeCharacters });
    } else if (site.kind === 'facility' && !profile.facilityCodePattern.test(site.code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: t.codeFormat(profile.facilityCodeLabel, profile.facilityCodeHint),
      });
    }
    if (site.kind !== 'national' && site.region === '') {
      ctx.addIssue({ code: 'custom', path: ['region'], message: `Complete el campo «${profile.regionLabel}».` });
    }
    const needsNetwork = site.kind === 'facility' || site.kind === 'microNetwork';
    if (needsNetwork && site.network === '') {
      ctx.addIssue({ code: 'custom', path: ['network'], message: `Complete el campo «${profile.networkLabel}».` });
    }
    if (site.kind === 'facility' && site.microNetwork === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['microNetwork'],
        message: `Complete el campo «${profile.microNetworkLabel}».`,
      });
    }
  });
export type SiteStepInput = z.input<typeof siteStepSchema>;

export const adminStepSchema = z
  .object({ fullName: requiredText('el nombre y apellidos'), username: usernameSchema, ...newPasswordFields })
  .superRefine(passwordsMatch);
export type AdminStepInput = z.input<typeof adminStepSchema>;

export const setupSchema = z.object({ site: siteStepSchema, admin: adminStepSchema });
export type SetupInput = z.input<typeof setupSchema>;
