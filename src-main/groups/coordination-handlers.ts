import type { HandlersFor } from '../ipc/handler-types';
import { addKeyActor, addMinutes, coordination, designateStaff, endDesignation } from './coordination-service';
import { deleteHisCode, exportHisMonth, listHisCodes, monthlyActivities, saveHisCode } from './his-service';
import { listPlans, newPlanVersion, savePlan, setPlanStatus } from './plan-service';

export const coordinationHandlers: HandlersFor<
  | 'groups.coordination'
  | 'groups.designateStaff'
  | 'groups.endDesignation'
  | 'groups.addKeyActor'
  | 'groups.addMinutes'
  | 'groups.plans'
  | 'groups.savePlan'
  | 'groups.setPlanStatus'
  | 'groups.newPlanVersion'
  | 'groups.hisCodes'
  | 'groups.saveHisCode'
  | 'groups.deleteHisCode'
  | 'groups.monthlyActivities'
  | 'groups.exportHisMonth'
> = {
  'groups.coordination': (ctx) => coordination(ctx),
  'groups.designateStaff': (ctx, input) => designateStaff(ctx, input),
  'groups.endDesignation': (ctx, input) => endDesignation(ctx, input),
  'groups.addKeyActor': (ctx, input) => addKeyActor(ctx, input),
  'groups.addMinutes': (ctx, input) => addMinutes(ctx, input),
  'groups.plans': (ctx) => listPlans(ctx),
  'groups.savePlan': (ctx, input) => savePlan(ctx, input),
  'groups.setPlanStatus': (ctx, input) => setPlanStatus(ctx, input),
  'groups.newPlanVersion': (ctx, input) => newPlanVersion(ctx, input.planId),
  'groups.hisCodes': (ctx) => listHisCodes(ctx),
  'groups.saveHisCode': (ctx, input) => saveHisCode(ctx, input),
  'groups.deleteHisCode': (ctx, input) => deleteHisCode(ctx, input.id),
  'groups.monthlyActivities': (ctx, input) => monthlyActivities(ctx, input.year, input.month),
  'groups.exportHisMonth': (ctx, input) => exportHisMonth(ctx, input.year, input.month),
};
