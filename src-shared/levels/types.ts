import type { AreaIndicator2, AreaLevel, Indicator1, RegionTeam } from './indicators';
import type { FacilitatorProfile } from './facilitator-profile';

export interface RegistryInForce {
  readonly id: string;
  readonly fileName: string;
  readonly listDate: string;
  readonly rowCount: number;
  readonly rejectedCount: number;
  /** The site that imported it (this one, or a level above). */
  readonly issuedBy: string;
  readonly mine: boolean;
}

export interface RegistryView {
  readonly inForce: RegistryInForce | null;
  readonly attendingBirths: number;
  readonly byRegion: readonly { readonly region: string; readonly facilities: number; readonly attendingBirths: number }[];
  /** Only a regional or national site imports the registry. */
  readonly canImport: boolean;
}

export interface RegistryImportSummary {
  readonly importId: string;
  readonly listDate: string;
  readonly rowCount: number;
  readonly attendingBirths: number;
  readonly duplicates: readonly { readonly line: number; readonly code: string; readonly firstLine: number }[];
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
}

export interface RegistryFacilityRow {
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly region: string;
  readonly network: string;
  readonly microNetwork: string;
  readonly district: string;
  readonly province: string;
  readonly attendsBirths: boolean;
  readonly phone: string;
}

export interface FacilitatorTrainingRow {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly hours: number;
  /** Recorded by the region, or a national course attended and completed. */
  readonly source: 'region' | 'national';
}

export interface FacilitatorRow {
  readonly id: string;
  readonly region: string;
  readonly facilityCode: string;
  readonly facilityName: string;
  readonly fullName: string;
  readonly profession: string;
  readonly phone: string;
  readonly email: string;
  readonly profile: FacilitatorProfile;
  readonly profilePoints: number;
  readonly registeredOn: string;
  readonly inactiveSince: string | null;
  readonly inactiveReason: string;
  readonly trainings: readonly FacilitatorTrainingRow[];
  readonly trainedHours: number;
  /** Counts for the region's team today: active and trained. */
  readonly countsToday: boolean;
  /** This site registered them (and may change them). */
  readonly mine: boolean;
}

export interface FacilitatorCourseRow {
  readonly id: string;
  readonly title: string;
  readonly place: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly hours: number;
  readonly attendance: readonly { readonly facilitatorId: string; readonly hoursAttended: number; readonly completed: boolean }[];
  readonly mine: boolean;
}

export interface SupervisionVisitRow {
  readonly id: string;
  readonly visitDate: string;
  readonly facilityCode: string;
  readonly facilityName: string;
  readonly facilitatorName: string;
  readonly supervisor: string;
  readonly findings: string;
  readonly agreements: string;
  readonly mine: boolean;
}

export interface FacilitatorsView {
  /** The region this site registers facilitators for; null at the national level (it chooses). */
  readonly ownRegion: string | null;
  readonly facilitators: readonly FacilitatorRow[];
  readonly courses: readonly FacilitatorCourseRow[];
  readonly visits: readonly SupervisionVisitRow[];
  /** Each region's team as of today, against the registry in force. */
  readonly teams: readonly RegionTeam[];
  readonly regions: readonly string[];
  readonly canRegister: boolean;
  readonly canRunCourses: boolean;
}

/** An enrolled facility below this site, with what the guide's monitoring and the formula program count. */
export interface ConsolidatedFacility {
  readonly siteId: string;
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly network: string;
  readonly microNetwork: string;
  /** From the registry when the facility is in it, else as the facility declared. */
  readonly attendsBirths: boolean;
  readonly inRegistry: boolean;
  readonly groupsFormed: number;
  readonly sessionsHeld: number;
  readonly attendancePercent: number | null;
  readonly leadMothersTrained: number;
  /** Designated staff of the facility on the last day of the period. */
  readonly designatedStaff: number;
  readonly deliveries: number;
  readonly gramsDelivered: number;
  readonly infantsServed: number;
  readonly stockGrams: number;
}

export interface ConsolidatedView {
  readonly from: string;
  readonly to: string;
  readonly periodLabel: string;
  readonly scope: { readonly level: AreaLevel; readonly name: string };
  /** The registry that gave the denominators; null when none has arrived (enrolled facilities stand in). */
  readonly registry: RegistryInForce | null;
  /** Indicator 1 at the national level (every region) and at a region (its own team); null below. */
  readonly indicator1: Indicator1 | null;
  readonly indicator2: AreaIndicator2;
  readonly facilities: readonly ConsolidatedFacility[];
}

export interface DirectoryEntry {
  readonly facilityCode: string;
  readonly facilityName: string;
  readonly network: string;
  readonly microNetwork: string;
  readonly district: string;
  readonly groupName: string;
  readonly community: string;
  readonly place: string;
  readonly meetingDay: string;
  readonly meetingTime: string;
  readonly contact: string;
}

export interface DirectoryView {
  readonly directory: { readonly id: string; readonly region: string; readonly publishedOn: string; readonly issuedBy: string } | null;
  readonly entries: readonly DirectoryEntry[];
  /** A region publishes; every site prints what it holds. */
  readonly canPublish: boolean;
}
