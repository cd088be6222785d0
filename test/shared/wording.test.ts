import { describe, expect, it } from 'vitest';
import { appText } from '../../src-shared/app/text';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { COUNTRY_PROFILES, siteCodeLabel } from '../../src-shared/site/countries';
import { syncUi } from '../../src-shared/sync/ui-text';

// Wording found wrong in daily use (issue 15).
describe('wording', () => {
  it.each([
    [1, 1, '1 presente · 1 ausente'],
    [7, 2, '7 presentes · 2 ausentes'],
    [0, 0, '0 presentes · 0 ausentes'],
  ])('attendance %i present, %i absent', (present, absent, text) => {
    expect(groupsUi.groups.attendanceSummary(present, absent)).toBe(text);
  });

  it('an enrolled site is named without a grammatical gender', () => {
    expect(syncUi.enrolled('Microrred San Juan', false)).toBe('Inscripción hecha: Microrred San Juan.');
    expect(syncUi.enrolled('Microrred San Juan', true)).not.toMatch(/inscrito|inscrita/);
  });

  it.each([
    ['PE', 'facility', 'Código RENAES (IPRESS)'],
    ['PE', 'microNetwork', 'Código de la microrred'],
    ['PE', 'network', 'Código de la red'],
    ['AR', 'facility', 'Código REFES'],
    ['AR', 'microNetwork', 'Código del área programática'],
  ] as const)('%s %s is labelled «%s»', (country, kind, label) => {
    expect(siteCodeLabel(country, kind)).toBe(label);
  });

  it('coverage is named as each country names it', () => {
    expect(COUNTRY_PROFILES.PE.coverageTerm).not.toContain('obra social');
    expect(COUNTRY_PROFILES.AR.coverageTerm).toContain('obra social');
  });

  it('leaving with unsaved input names the forms, as the lock screen does', () => {
    expect(appText.unsavedLeave('Nuevo usuario, Planilla semanal')).toContain('Hay datos sin guardar en: Nuevo usuario, Planilla semanal.');
  });
});
