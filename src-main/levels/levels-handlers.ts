import { periodOf } from '../../src-shared/groups/indicators';
import type { HandlersFor } from '../ipc/handler-types';
import { consolidatedReportHtml, exportConsolidated } from './consolidated-export';
import { readOffMain } from '../reads/read-client';
import { exportFormulaProgram, formulaProgramHtml, saveBirthCohort } from './formula-program-service';
import { directoryHtml, directoryView, exportDirectory, publishDirectory } from './directory-service';
import { printHtml } from '../printing/print-service';
import { addFacilitatorTraining, addSupervisionVisit, createFacilitatorCourse, facilitatorsView, registerFacilitator, setCourseAttendance, setFacilitatorActive } from './facilitators-service';
import { importRegistry, registryView, searchRegistry } from './registry-service';

export const levelsHandlers: HandlersFor<
  | 'levels.registry'
  | 'levels.searchRegistry'
  | 'levels.importRegistry'
  | 'levels.facilitators'
  | 'levels.registerFacilitator'
  | 'levels.addFacilitatorTraining'
  | 'levels.setFacilitatorActive'
  | 'levels.createCourse'
  | 'levels.setCourseAttendance'
  | 'levels.addSupervisionVisit'
  | 'levels.exportConsolidated'
  | 'print.consolidated'
  | 'levels.directory'
  | 'levels.publishDirectory'
  | 'levels.exportDirectory'
  | 'print.directory'
  | 'levels.formulaProgram'
  | 'levels.saveBirthCohort'
  | 'levels.exportFormulaProgram'
  | 'print.formulaProgram'
> = {
  'levels.registry': (ctx) => registryView(ctx),
  'levels.searchRegistry': (ctx, input) => searchRegistry(ctx, input.query),
  'levels.importRegistry': (ctx, input) => importRegistry(ctx, input),
  'levels.facilitators': (ctx) => facilitatorsView(ctx),
  'levels.registerFacilitator': (ctx, input) => registerFacilitator(ctx, input),
  'levels.addFacilitatorTraining': (ctx, input) => addFacilitatorTraining(ctx, input),
  'levels.setFacilitatorActive': (ctx, input) => setFacilitatorActive(ctx, input),
  'levels.createCourse': (ctx, input) => createFacilitatorCourse(ctx, input),
  'levels.setCourseAttendance': (ctx, input) => setCourseAttendance(ctx, input),
  'levels.addSupervisionVisit': (ctx, input) => addSupervisionVisit(ctx, input),
  'levels.exportConsolidated': (ctx, input) => exportConsolidated(ctx, periodOf(input.year, input.half), input.table),
  'print.consolidated': async (ctx, input) => printHtml(ctx, await consolidatedReportHtml(ctx, periodOf(input.year, input.half))),
  'levels.directory': (ctx) => directoryView(ctx),
  'levels.publishDirectory': (ctx) => publishDirectory(ctx),
  'levels.exportDirectory': (ctx) => exportDirectory(ctx),
  'print.directory': (ctx) => printHtml(ctx, directoryHtml(ctx)),
  'levels.formulaProgram': (ctx, input) => readOffMain(ctx, 'formulaProgram', input.year),
  'levels.saveBirthCohort': (ctx, input) => saveBirthCohort(ctx, input),
  'levels.exportFormulaProgram': (ctx, input) => exportFormulaProgram(ctx, input.year, input.table),
  'print.formulaProgram': async (ctx, input) => printHtml(ctx, await formulaProgramHtml(ctx, input.year)),
};
