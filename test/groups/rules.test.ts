import { describe, expect, it } from 'vitest';
import { groupIdle, groupSizeWarning, nextMeetingTooLate, periodicityTooLong, unjustifiedAbsencesInARow, needsFollowUp } from '../../src-shared/groups/group-rules';
import { activeLeadMotherIds, facilityIndicators, periodRange } from '../../src-shared/groups/indicators';
import { TRAINING_PLANS, trainingProgress } from '../../src-shared/groups/training';

describe('lead-mother training (GT §6.1.2 b)', () => {
  it('both modalities add up to 12 hours', () => {
    expect(TRAINING_PLANS.fourByThree.reduce((n, t) => n + t.hours, 0)).toBe(12);
    expect(TRAINING_PLANS.sixByTwo.reduce((n, t) => n + t.hours, 0)).toBe(12);
  });

  it.each([
    ['fourByThree', [1, 2, 3, 4], 12, true, []],
    ['fourByThree', [1, 2, 4], 9, false, [3]],
    ['fourByThree', [1, 2, 4, 3], 12, true, []], // topic 3 made up after topic 4
    ['fourByThree', [1, 1, 2, 2], 6, false, [3, 4]], // a topic twice counts once
    ['sixByTwo', [1, 2, 3, 4, 5, 6], 12, true, []],
    ['sixByTwo', [1, 2, 3, 5, 6], 10, false, [4]],
    ['sixByTwo', [], 0, false, [1, 2, 3, 4, 5, 6]],
  ] as const)('%s attending %j → %d h, completed %s', (modality, topics, hours, completed, missing) => {
    const progress = trainingProgress(modality, topics.map((number) => ({ number })));
    expect(progress).toEqual({ hoursCompleted: hours, hoursRequired: 12, missing, completed });
  });
});

describe('group rules (GT §6.1.1 b, §6.1.3)', () => {
  it.each([
    [0, 'TOO_FEW'],
    [7, 'TOO_FEW'],
    [8, null],
    [15, null],
    [16, 'TOO_MANY'],
  ])('%d members → %s', (members, code) => {
    expect(groupSizeWarning(members)?.code ?? null).toBe(code);
  });

  it.each([
    [7, false],
    [30, false],
    [31, false],
    [32, true],
    [60, true],
  ])('meeting every %d days is too far apart: %s', (days, tooLong) => {
    expect(periodicityTooLong(days)).toBe(tooLong);
  });

  it.each([
    ['2026-01-31', '2026-02-28', false], // a month after the 31st of January is the last day of February
    ['2026-01-31', '2026-03-01', true],
    ['2024-01-31', '2024-02-29', false], // leap year
    ['2026-11-22', '2026-12-22', false],
    ['2026-11-22', '2026-12-23', true],
    ['2026-12-15', '2027-01-15', false], // across the year end
  ])('next meeting %s → %s too late: %s', (previous, next, late) => {
    expect(nextMeetingTooLate(previous, next)).toBe(late);
  });

  it.each([
    [null, '2026-10-01', '2026-10-31', false],
    [null, '2026-10-01', '2026-11-01', true],
    ['2026-10-23', '2026-01-01', '2026-11-22', false],
    ['2026-10-22', '2026-01-01', '2026-11-22', true], // 31 days ago: not within the last 30
    ['2024-02-01', '2024-01-01', '2024-03-02', false], // 30 days: February 2024 has 29
    ['2024-02-01', '2024-01-01', '2024-03-03', true],
  ])('last session %s, formed %s, today %s → idle %s', (last, formed, today, idle) => {
    expect(groupIdle(last, formed, today)).toBe(idle);
  });

  const mark = (date: string, present: boolean, justified = false) => ({ date, present, justified });
  it.each([
    [[], 0],
    [[mark('2026-11-01', false), mark('2026-11-15', false)], 2],
    [[mark('2026-11-15', false), mark('2026-11-01', false)], 2], // order of the input does not matter
    [[mark('2026-11-01', false), mark('2026-11-08', true), mark('2026-11-15', false)], 1],
    [[mark('2026-11-01', false), mark('2026-11-08', false, true), mark('2026-11-15', false)], 2], // justified neither counts nor breaks
    [[mark('2026-11-01', false), mark('2026-11-08', false), mark('2026-11-15', true)], 0],
  ])('absences %j → %d unjustified in a row', (marks, run) => {
    expect(unjustifiedAbsencesInARow(marks)).toBe(run);
  });

  it('follow-up at the configured threshold', () => {
    const marks = [mark('2026-11-01', false), mark('2026-11-08', false)];
    expect(needsFollowUp(marks, 2)).toBe(true);
    expect(needsFollowUp(marks, 3)).toBe(false);
  });
});

describe('facility indicators (GT §6.1.4)', () => {
  it('semester and year ranges', () => {
    expect(periodRange({ kind: 'semester', year: 2026, half: 1 })).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodRange({ kind: 'semester', year: 2026, half: 2 }).months).toHaveLength(6);
    expect(periodRange({ kind: 'year', year: 2024 })).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('computes the figures of a known dataset', () => {
    const data = {
      sessions: [
        { id: 's1', groupId: 'g1', date: '2026-07-10', held: true },
        { id: 's2', groupId: 'g1', date: '2026-08-07', held: true },
        { id: 's3', groupId: 'g2', date: '2026-08-20', held: true },
        { id: 's4', groupId: 'g2', date: '2026-12-31', held: false }, // planned, not held
        { id: 's5', groupId: 'g3', date: '2026-06-30', held: true }, // previous semester
      ],
      attendance: [
        ...[0, 1, 2, 3].map((i) => ({ sessionId: 's1', present: i < 3 })), // 3 of 4
        ...[0, 1, 2, 3].map(() => ({ sessionId: 's2', present: true })), // 4 of 4
        ...[0, 1].map((i) => ({ sessionId: 's3', present: i === 0 })), // 1 of 2
        { sessionId: 's5', present: false },
      ],
      members: [
        { type: 'pregnant' as const, joinedDate: '2026-07-01', leftDate: null },
        { type: 'pregnant' as const, joinedDate: '2026-03-01', leftDate: '2026-06-30' }, // left before the semester
        { type: 'breastfeeding' as const, joinedDate: '2026-12-31', leftDate: null },
        { type: 'relative' as const, joinedDate: '2027-01-01', leftDate: null }, // after it
      ],
      leadMothers: [
        { id: 'm1', status: 'trained' as const }, // trained, her group g3 met only last semester
        { id: 'm2', status: 'active' as const },
        { id: 'm3', status: 'inTraining' as const },
        { id: 'm4', status: 'inactive' as const },
        { id: 'm5', status: 'trained' as const }, // trained and leading g1, which met: active without anyone marking it (issue 15)
      ],
      groupLeaders: [
        { groupId: 'g1', leadMotherIds: ['m5', 'm4'] },
        { groupId: 'g3', leadMotherIds: ['m1'] },
      ],
      followUpsOpen: 3,
    };
    const figures = facilityIndicators(data, { kind: 'semester', year: 2026, half: 2 });
    expect(figures).toMatchObject({
      groupsActive: 2,
      sessionsHeld: 3,
      averageAttendancePercent: 80, // 8 of 10
      averagePresent: 2.7, // 8 present over 3 sessions
      membersByType: { pregnant: 1, breastfeeding: 1, motherUnder2: 0, caregiver: 0, relative: 0 },
      leadMothersTrained: 3,
      leadMothersActive: 2,
      followUpsOpen: 3,
    });
    expect(figures.sessionsPerMonth.map((m) => m.sessions)).toEqual([1, 2, 0, 0, 0, 0]);
    const empty = facilityIndicators({ ...data, sessions: [], attendance: [] }, { kind: 'year', year: 2025 });
    expect(empty).toMatchObject({ groupsActive: 0, averageAttendancePercent: null, averagePresent: null });
  });
});

describe('active lead mothers (GT §6.1.2, issue 15)', () => {
  const mothers = [
    { id: 'trained', status: 'trained' as const },
    { id: 'marked', status: 'active' as const },
    { id: 'stopped', status: 'inactive' as const },
    { id: 'learning', status: 'inTraining' as const },
  ];
  it.each([
    ['nobody ran a group', [], [], ['marked']],
    ['she leads a group that met', [{ id: 's', groupId: 'g', date: '2026-07-31', held: true }], [{ groupId: 'g', leadMotherIds: ['trained', 'stopped', 'learning'] }], ['trained', 'marked']],
    ['she facilitated a session of another group', [{ id: 's', groupId: 'x', date: '2026-12-31', held: true, facilitatorLeadMotherId: 'trained' }], [], ['trained', 'marked']],
    ['her group only planned a session', [{ id: 's', groupId: 'g', date: '2026-08-01', held: false }], [{ groupId: 'g', leadMotherIds: ['trained'] }], ['marked']],
    ['her group met the day before the period', [{ id: 's', groupId: 'g', date: '2026-06-30', held: true }], [{ groupId: 'g', leadMotherIds: ['trained'] }], ['marked']],
  ])('%s', (_case, sessions, groupLeaders, active) => {
    expect([...activeLeadMotherIds({ leadMothers: mothers, sessions, groupLeaders }, '2026-07-01', '2026-12-31')].sort()).toEqual([...active].sort());
  });
});
