import type { MemberType } from './indicators';
import type { LeadMotherProfile, LeadMotherStatus } from './lead-mothers';
import type { SessionMomentKey } from './moments';
import type { TrainingModality } from './training';

export interface LeadMotherSummary {
  readonly id: string;
  readonly firstNames: string;
  readonly lastNames: string;
  readonly nationalId: string | null;
  readonly phone: string;
  readonly community: string;
  readonly address: string;
  readonly profile: LeadMotherProfile;
  readonly profilePoints: number;
  readonly notes: string;
  readonly selectedOn: string | null;
  readonly status: LeadMotherStatus;
  readonly recognitions: readonly { readonly id: string; readonly receivedOn: string; readonly description: string }[];
  /** Best progress over the courses she is enrolled in; null when never enrolled. */
  readonly training: { readonly hoursCompleted: number; readonly completed: boolean } | null;
}

export interface CourseSession {
  readonly id: string;
  readonly topicNumber: number;
  readonly topic: string;
  readonly hours: number;
  readonly sessionDate: string | null;
  readonly makeUp: boolean;
}

export interface CourseDetail {
  readonly id: string;
  readonly name: string;
  readonly modality: TrainingModality;
  readonly place: string;
  readonly startsOn: string;
  readonly sessions: readonly CourseSession[];
  readonly enrolled: readonly {
    readonly leadMotherId: string;
    readonly name: string;
    readonly hoursCompleted: number;
    readonly completed: boolean;
    readonly missing: readonly number[];
    /** Session id → present (sessions without a mark are absent). */
    readonly marks: Readonly<Record<string, boolean>>;
  }[];
}

export interface CourseSummary {
  readonly id: string;
  readonly name: string;
  readonly modality: TrainingModality;
  readonly startsOn: string;
  readonly enrolled: number;
  readonly completed: number;
}

export interface MemberRow {
  readonly id: string;
  readonly firstNames: string;
  readonly lastNames: string;
  readonly nationalId: string | null;
  readonly memberType: MemberType;
  readonly age: number | null;
  readonly childAgeMonths: number | null;
  readonly address: string;
  readonly phone: string;
  readonly joinedOn: string;
  readonly leftOn: string | null;
  readonly unjustifiedInARow: number;
  readonly followUp: boolean;
}

export interface SessionRow {
  readonly id: string;
  readonly status: 'planned' | 'held';
  readonly sessionDate: string;
  readonly sessionTime: string;
  readonly place: string;
  readonly topic: string;
  readonly facilitatorLeadMotherId: string | null;
  readonly facilitatorStaff: string;
  readonly moments: Readonly<Record<SessionMomentKey, { readonly done: boolean; readonly minutes: number | null }>>;
  readonly agreements: string;
  /** Personal testimonies: shown to the group's staff, never exported. */
  readonly confidentialNotes: string;
  readonly present: number;
  readonly absent: number;
  readonly attendance: readonly { readonly memberId: string; readonly present: boolean; readonly absenceReason: string; readonly justified: boolean }[];
}

export interface GroupSummary {
  readonly id: string;
  readonly name: string;
  readonly formedOn: string;
  readonly place: string;
  readonly meetingDay: string;
  readonly meetingTime: string;
  readonly periodicityDays: number;
  readonly community: string;
  readonly rules: string;
  readonly topics: string;
  readonly leadMothers: readonly { readonly id: string; readonly name: string }[];
  readonly activeMembers: number;
  readonly lastSessionDate: string | null;
  readonly nextPlanned: { readonly id: string; readonly date: string; readonly time: string; readonly place: string; readonly topic: string } | null;
  /** Advice in Spanish (size, periodicity); never a refusal. */
  readonly warnings: readonly string[];
  readonly idle: boolean;
}

export interface GroupDetail extends GroupSummary {
  readonly members: readonly MemberRow[];
  readonly sessions: readonly SessionRow[];
}

export interface FollowUps {
  readonly threshold: number;
  readonly members: readonly { readonly memberId: string; readonly groupId: string; readonly groupName: string; readonly name: string; readonly absences: number }[];
  readonly idleGroups: readonly { readonly groupId: string; readonly name: string; readonly lastSessionDate: string | null }[];
}

/** What saving a session says besides saving it: advice, never a refusal. */
export interface SessionSaved {
  readonly group: GroupDetail;
  readonly warnings: readonly string[];
}

export interface Coordination {
  readonly staff: readonly {
    readonly id: string;
    readonly fullName: string;
    readonly profession: string;
    readonly role: 'designated' | 'committee';
    readonly designatedOn: string;
    readonly endedOn: string | null;
    readonly document: string;
  }[];
  readonly actors: readonly { readonly id: string; readonly fullName: string; readonly organisation: string; readonly position: string; readonly phone: string; readonly community: string }[];
  readonly minutes: readonly { readonly id: string; readonly meetingDate: string; readonly place: string; readonly participants: string; readonly agreements: string }[];
}

export interface PlanView {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  readonly sections: Readonly<Record<string, string>>;
  readonly status: 'draft' | 'agreed' | 'approved';
  readonly agreedOn: string | null;
  readonly approvedOn: string | null;
  readonly approvedBy: string | null;
  readonly schedule: readonly { readonly activity: string; readonly startsOn: string; readonly endsOn: string; readonly responsible: string }[];
  readonly budget: readonly { readonly item: string; readonly amount: number; readonly financing: string }[];
  readonly budgetTotal: number;
}

export interface HisCodeRow {
  readonly id: string;
  readonly activity: 'training' | 'groupSession' | 'minutes';
  readonly code: string;
  readonly description: string;
  /** Sent down by the microrred or red (reference data): used here, changed only there. */
  readonly fromAbove: boolean;
}

export interface MonthlyActivity {
  readonly date: string;
  readonly activity: 'training' | 'groupSession' | 'minutes';
  readonly description: string;
  readonly participants: number;
  /** Codes of the table for this activity; empty when the admin has not set any. */
  readonly hisCodes: readonly string[];
}
