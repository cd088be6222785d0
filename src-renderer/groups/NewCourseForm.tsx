import { useState } from 'react';
import type { NewCourseInput } from '../../src-shared/groups/schemas';
import type { CourseDetail, LeadMotherSummary } from '../../src-shared/groups/types';
import { MODALITY_LABELS, groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { CheckboxList } from '../components/CheckboxList';
import { FormFooter, RadioGroup, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = groupsUi.training;
const MODALITIES = [
  { value: 'fourByThree', label: MODALITY_LABELS.fourByThree },
  { value: 'sixByTwo', label: MODALITY_LABELS.sixByTwo },
];

/** A course creates its sessions with the guide's topics; the chosen lead mothers are enrolled. */
export function NewCourseForm({ mothers, onSaved }: { mothers: readonly LeadMotherSummary[]; onSaved: (course: CourseDetail) => void }) {
  const form = useForm(t.newTitle, { name: '', modality: '', place: '', startsOn: '' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  return (
    <form
      className="stack narrow-form"
      aria-label={t.newTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(
          // An empty choice is sent as typed: main refuses it with its message.
          () => call('groups.createCourse', { ...form.values, modality: form.values.modality as NewCourseInput['modality'], leadMotherIds: [...chosen] }),
          (course) => {
            setChosen(new Set());
            onSaved(course);
          },
        );
      }}
    >
      <TextField form={form} name="name" label={t.name} />
      <RadioGroup form={form} name="modality" label={t.modality} options={MODALITIES} />
      <TextField form={form} name="startsOn" label={t.startsOn} type="date" width="short" />
      <TextField form={form} name="place" label={t.place} />
      <CheckboxList legend={t.enrol} options={mothers.map((m) => ({ value: m.id, label: `${m.firstNames} ${m.lastNames}` }))} chosen={chosen} onChange={setChosen} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.create} />
    </form>
  );
}
