import type { DataQuality } from '../../src-shared/sync/types';
import { INFANT_CAP_ABSOLUTE_GRAMS } from '../../src-shared/formula/infant-entitlement';
import type { AppContext } from '../app/context';

/**
 * At a microrred or red (issue 14.4): infants with prescriptions at more than one facility, found by the
 * same DNI. The cap per infant holds inside each facility; only a coordination site sees both, and what
 * the infant received across them. One query, grouped in SQL (pseudonymous DNIs of a de-identified red
 * never match across records).
 */
export function dataQuality(ctx: AppContext): DataQuality {
  const rows = ctx.sqlite
    .prepare(
      `WITH shared AS (
         SELECT i.national_id FROM infants i
           JOIN prescriptions p ON p.infant_id = i.id AND p.deleted = 0
          WHERE i.deleted = 0 AND i.national_id IS NOT NULL AND i.national_id NOT LIKE 'anon-%'
          GROUP BY i.national_id HAVING COUNT(DISTINCT i.owner_site_id) > 1)
       SELECT i.national_id AS nationalId, i.first_names || ' ' || i.last_names AS name, i.birth_date AS birthDate,
              s.name AS siteName, s.code AS siteCode,
              COUNT(DISTINCT p.id) AS prescriptions,
              COALESCE(SUM(CASE WHEN d.id IS NOT NULL THEN d.cans_800 * 800 + d.cans_1kg * 1000 ELSE 0 END), 0) AS grams
         FROM infants i
         JOIN shared ON shared.national_id = i.national_id
         JOIN prescriptions p ON p.infant_id = i.id AND p.deleted = 0
         LEFT JOIN deliveries d ON d.prescription_id = p.id AND d.deleted = 0 AND d.voided_at IS NULL
         LEFT JOIN sites s ON s.id = i.owner_site_id
        WHERE i.deleted = 0
        GROUP BY i.id
        ORDER BY i.national_id, s.name`,
    )
    .all() as { nationalId: string; name: string; birthDate: string; siteName: string | null; siteCode: string | null; prescriptions: number; grams: number }[];
  const byInfant = new Map<string, DataQuality['infantsAtSeveralFacilities'][number]>();
  for (const row of rows) {
    const entry = byInfant.get(row.nationalId) ?? { nationalId: row.nationalId, totalGrams: 0, overCap: false, records: [] };
    const records = [...entry.records, { name: row.name, birthDate: row.birthDate, site: row.siteName ? `${row.siteName} (${row.siteCode ?? ''})` : '—', prescriptions: row.prescriptions, grams: row.grams }];
    const totalGrams = entry.totalGrams + row.grams;
    byInfant.set(row.nationalId, { ...entry, records, totalGrams, overCap: totalGrams > INFANT_CAP_ABSOLUTE_GRAMS });
  }
  return { infantsAtSeveralFacilities: [...byInfant.values()] };
}
