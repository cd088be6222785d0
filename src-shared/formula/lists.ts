import { z } from 'zod';
import { isoDateSchema } from './schemas';
import { formulaText } from './text-fields';

export const LIST_KINDS = ['caregivers', 'infants', 'prescriptions', 'deliveries'] as const;
export type ListKind = (typeof LIST_KINDS)[number];
export const LIST_PAGE_SIZE = 100;
/** The most rows one CSV export holds. */
export const LIST_EXPORT_MAX = 100_000;

const optionalDate = z.union([z.literal(''), isoDateSchema]).default('');

export const listQuerySchema = z
  .object({
    kind: z.enum(LIST_KINDS),
    /** Part of a name (accents and case do not matter) or the first digits of a DNI. */
    text: z.string().trim().max(80).default(''),
    /** Registered (caregivers), born (infants), prescribed (prescriptions) or delivered (deliveries) from/to. */
    from: optionalDate,
    to: optionalDate,
    /** Prescriptions: only those that can still take deliveries today. */
    activeOnly: z.boolean().default(true),
    /** Caregivers: only those the coverage list in force names (they get no new prescription or delivery). */
    coveredOnly: z.boolean().default(false),
    /** Deliveries: voided ones too. */
    includeVoided: z.boolean().default(false),
    page: z.number().int().min(1).max(1_000_000).default(1),
    /** At a microrred or red: only the records of this facility (empty: all). */
    siteId: z.string().max(100).default(''),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to) ctx.addIssue({ code: 'custom', path: ['to'], message: formulaText.errors.rangeReversed });
  });
export type ListQuery = z.output<typeof listQuerySchema>;
export type ListQueryInput = z.input<typeof listQuerySchema>;

export type ListCell = string | number | null;

export interface ListRow {
  readonly id: string;
  /** Whose record it is: a row opens that caregiver on the Fórmula screen (at the facility). */
  readonly caregiverId: string;
  readonly cells: Readonly<Record<string, ListCell>>;
}

export interface ListPage {
  readonly kind: ListKind;
  readonly rows: readonly ListRow[];
  readonly total: number;
  readonly page: number;
  readonly pageCount: number;
  /** The facilities whose records this site holds (more than one at a microrred or red), to filter by. */
  readonly sites: readonly { readonly id: string; readonly name: string }[];
}

export interface ListExport {
  readonly fileName: string;
  readonly csv: string;
  readonly rowCount: number;
}

/** The same list as a spreadsheet (.xlsx) with typed cells. */
export interface ListWorkbook {
  readonly fileName: string;
  readonly dataBase64: string;
  readonly rowCount: number;
}

/** The table whose audit history a row of each list opens. */
export const LIST_RECORD_TABLE = {
  caregivers: 'caregivers',
  infants: 'infants',
  prescriptions: 'prescriptions',
  deliveries: 'deliveries',
} as const satisfies Record<ListKind, string>;
