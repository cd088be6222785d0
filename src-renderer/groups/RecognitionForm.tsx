import type { LeadMotherSummary } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { FormFooter, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = groupsUi.leadMothers;

/** Non-monetary recognitions a lead mother receives (GT §5.3.1.2). */
export function RecognitionForm({ mothers, onSaved }: { mothers: readonly LeadMotherSummary[]; onSaved: () => void }) {
  const form = useForm(t.recognitionTitle, { leadMotherId: '', receivedOn: '', description: '' });
  const options = [{ value: '', label: t.chooseMother }, ...mothers.map((m) => ({ value: m.id, label: `${m.firstNames} ${m.lastNames}` }))];
  return (
    <form
      className="stack narrow-form"
      aria-label={t.recognitionTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(() => call('groups.addRecognition', form.values), onSaved);
      }}
    >
      <SelectField form={form} name="leadMotherId" label={t.recognitionFor} options={options} />
      <TextField form={form} name="receivedOn" label={t.recognitionDate} type="date" width="short" />
      <TextField form={form} name="description" label={t.recognitionText} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
    </form>
  );
}
