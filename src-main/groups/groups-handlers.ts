import type { HandlersFor } from '../ipc/handler-types';
import { addMember, createGroup, groupDetail, listGroups, memberLeft } from './groups-service';
import { addRecognition, createLeadMother, listLeadMothers, setLeadMotherStatus } from './lead-mothers-service';
import { followUps, indicators } from './monitoring-service';
import { recordSession } from './sessions-service';
import { addMakeUpSession, courseDetail, createCourse, enrol, listCourses, recordTrainingAttendance } from './training-service';

export const groupsHandlers: HandlersFor<
  | 'groups.leadMothers'
  | 'groups.createLeadMother'
  | 'groups.setLeadMotherStatus'
  | 'groups.addRecognition'
  | 'groups.courses'
  | 'groups.course'
  | 'groups.createCourse'
  | 'groups.enrol'
  | 'groups.addMakeUpSession'
  | 'groups.trainingAttendance'
  | 'groups.list'
  | 'groups.detail'
  | 'groups.create'
  | 'groups.addMember'
  | 'groups.memberLeft'
  | 'groups.recordSession'
  | 'groups.followUps'
  | 'groups.indicators'
> = {
  'groups.leadMothers': (ctx) => listLeadMothers(ctx),
  'groups.createLeadMother': (ctx, input) => createLeadMother(ctx, input),
  'groups.setLeadMotherStatus': (ctx, input) => setLeadMotherStatus(ctx, input),
  'groups.addRecognition': (ctx, input) => addRecognition(ctx, input),
  'groups.courses': (ctx) => listCourses(ctx),
  'groups.course': (ctx, input) => courseDetail(ctx, input.id),
  'groups.createCourse': (ctx, input) => createCourse(ctx, input),
  'groups.enrol': (ctx, input) => enrol(ctx, input),
  'groups.addMakeUpSession': (ctx, input) => addMakeUpSession(ctx, input),
  'groups.trainingAttendance': (ctx, input) => recordTrainingAttendance(ctx, input),
  'groups.list': (ctx) => listGroups(ctx),
  'groups.detail': (ctx, input) => groupDetail(ctx, input.id),
  'groups.create': (ctx, input) => createGroup(ctx, input),
  'groups.addMember': (ctx, input) => addMember(ctx, input),
  'groups.memberLeft': (ctx, input) => memberLeft(ctx, input),
  'groups.recordSession': (ctx, input) => recordSession(ctx, input),
  'groups.followUps': (ctx) => followUps(ctx),
  'groups.indicators': (ctx, input) =>
    indicators(ctx, input.half === 0 ? { kind: 'year', year: input.year } : { kind: 'semester', year: input.year, half: input.half }),
};
