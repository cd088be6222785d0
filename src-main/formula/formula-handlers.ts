import type { HandlersFor } from '../ipc/handler-types';
import { checkCoverage, createCaregiver, createInfant, getCaregiver, searchCaregivers } from './caregivers-service';
import { importCoverageList } from './coverage-service';

export const formulaHandlers: HandlersFor<
  | 'formula.searchCaregivers'
  | 'formula.getCaregiver'
  | 'formula.checkCoverage'
  | 'formula.createCaregiver'
  | 'formula.createInfant'
  | 'formula.importCoverage'
> = {
  'formula.searchCaregivers': (ctx, input) => searchCaregivers(ctx, input.query),
  'formula.getCaregiver': (ctx, input) => getCaregiver(ctx, input.id),
  'formula.checkCoverage': (ctx, input) => checkCoverage(ctx, input.nationalId),
  'formula.createCaregiver': (ctx, input) => createCaregiver(ctx, input),
  'formula.createInfant': (ctx, input) => createInfant(ctx, input),
  'formula.importCoverage': (ctx, input) => importCoverageList(ctx, input),
};
