import { useState } from 'react';
import { periodicityTooLong } from '../../src-shared/groups/group-rules';
import { groupsText } from '../../src-shared/groups/text';
import type { GroupDetail, LeadMotherSummary } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { CheckboxList } from '../components/CheckboxList';
import { FormFooter, Notice, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = groupsUi.groups;

export function NewGroupForm({ mothers, onSaved }: { mothers: readonly LeadMotherSummary[]; onSaved: (group: GroupDetail) => void }) {
  const form = useForm(t.newTitle, { name: '', formedOn: '', place: '', meetingDay: '', meetingTime: '', periodicityDays: '15', community: '', rules: '', topics: '' });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const days = Number(form.values.periodicityDays);
  const eligible = mothers.filter((m) => m.status !== 'inactive');
  return (
    <form
      className="stack narrow-form"
      aria-label={t.newTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(() => call('groups.create', { ...form.values, leadMotherIds: [...chosen] }), (group) => {
          setChosen(new Set());
          onSaved(group);
        });
      }}
    >
      <TextField form={form} name="name" label={t.name} />
      <TextField form={form} name="formedOn" label={t.formedOn} type="date" width="short" />
      <CheckboxList
        legend={t.leadMothers}
        options={eligible.map((m) => ({ value: m.id, label: `${m.firstNames} ${m.lastNames}` }))}
        chosen={chosen}
        onChange={setChosen}
        error={form.errors.leadMotherIds}
      />
      <TextField form={form} name="place" label={t.place} />
      <TextField form={form} name="community" label={t.community} />
      <TextField form={form} name="meetingDay" label={t.meetingDay} width="short" />
      <TextField form={form} name="meetingTime" label={t.meetingTime} width="short" />
      <TextField form={form} name="periodicityDays" label={t.periodicity} inputMode="numeric" width="short" />
      {Number.isInteger(days) && periodicityTooLong(days) ? <Notice tone="warning">{groupsText.warnings.periodicity(days)}</Notice> : null}
      <TextField form={form} name="rules" label={t.rules} />
      <TextField form={form} name="topics" label={t.topics} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.create} />
    </form>
  );
}
