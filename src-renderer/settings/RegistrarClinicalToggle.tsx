import { settingsText as t } from '../../src-shared/settings/text';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';

/** Whether this facility's registrars see the diagnosis of prescriptions (issue 18.3); off by default. */
export function RegistrarClinicalToggle() {
  const current = useApiQuery('settings.registrarClinical', {});
  if (current.data === null) return null;
  return (
    <div className="card stack narrow-form">
      <label className="inline-check">
        <input type="checkbox" checked={current.data} onChange={(event) => void call('settings.setRegistrarClinical', { on: event.target.checked })} /> {t.registrarClinical}
      </label>
      <p className="hint">{t.registrarClinicalHelp}</p>
    </div>
  );
}
