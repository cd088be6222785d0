/**
 * Lead-mother training (GT §6.1.2 b): 12 hours, either four sessions of three hours or six of two, each
 * with the guide's fixed topic. A lead mother is trained once she has attended every topic (in its own
 * session or in a make-up session of the same topic).
 */
export type TrainingModality = 'fourByThree' | 'sixByTwo';

export interface TrainingTopic {
  readonly number: number;
  readonly topic: string;
  readonly hours: number;
}

export const TRAINING_HOURS_REQUIRED = 12;

export const TRAINING_PLANS: Readonly<Record<TrainingModality, readonly TrainingTopic[]>> = {
  fourByThree: [
    { number: 1, topic: 'Habilidades comunicacionales y conducción de grupos de apoyo', hours: 3 },
    { number: 2, topic: 'Lactancia materna y embarazo', hours: 3 },
    { number: 3, topic: 'Lactancia materna y el niño o niña menor de seis meses', hours: 3 },
    { number: 4, topic: 'Lactancia materna y el niño o niña de seis a veinticuatro meses', hours: 3 },
  ],
  sixByTwo: [
    { number: 1, topic: 'Habilidades comunicacionales', hours: 2 },
    { number: 2, topic: 'Conducción de grupos de apoyo', hours: 2 },
    { number: 3, topic: 'Lactancia materna y embarazo', hours: 2 },
    { number: 4, topic: 'Lactancia materna y el recién nacido', hours: 2 },
    { number: 5, topic: 'Lactancia materna y el niño o niña menor de seis meses', hours: 2 },
    { number: 6, topic: 'Lactancia materna y el niño o niña de seis a veinticuatro meses', hours: 2 },
  ],
};

/** One attended session: which topic of the plan it covered (a make-up session covers its topic again). */
export interface AttendedTopic {
  readonly number: number;
}

export interface TrainingProgress {
  readonly hoursCompleted: number;
  readonly hoursRequired: number;
  /** Plan topics not yet attended, by number. */
  readonly missing: readonly number[];
  readonly completed: boolean;
}

/** Hours count once per topic: attending a topic twice (session and make-up) does not add hours. */
export function trainingProgress(modality: TrainingModality, attended: readonly AttendedTopic[]): TrainingProgress {
  const plan = TRAINING_PLANS[modality];
  const covered = new Set(attended.map((a) => a.number));
  const hoursCompleted = plan.filter((t) => covered.has(t.number)).reduce((sum, t) => sum + t.hours, 0);
  const missing = plan.filter((t) => !covered.has(t.number)).map((t) => t.number);
  return { hoursCompleted, hoursRequired: TRAINING_HOURS_REQUIRED, missing, completed: missing.length === 0 };
}
