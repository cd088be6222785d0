import { createContext, useContext } from 'react';
import type { SiteInfo } from '../../src-shared/contract/types';
import { COUNTRY_PROFILES, type CountryProfile } from '../../src-shared/site/countries';

/** This site, for wording that depends on its country (the document, the coverage, the levels). */
export const SiteContext = createContext<SiteInfo | null>(null);

/** The country profile of this site; Peru's before the site is set up. */
export function useCountryProfile(): CountryProfile {
  const site = useContext(SiteContext);
  return COUNTRY_PROFILES[site?.country ?? 'PE'];
}
