import { MEMBER_TYPES } from '../../src-shared/groups/indicators';
import type { NewMemberInput } from '../../src-shared/groups/schemas';
import type { GroupDetail, MemberRow } from '../../src-shared/groups/types';
import { MEMBER_TYPE_LABELS, groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { DateAction } from '../components/DateAction';
import { FormFooter, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { todayForInput } from '../formula/today';

const t = groupsUi.groups;
const TYPE_OPTIONS = [{ value: '', label: t.chooseType }, ...MEMBER_TYPES.map((type) => ({ value: type, label: MEMBER_TYPE_LABELS[type] }))];

export function AddMemberForm({ groupId, onSaved }: { groupId: string; onSaved: (group: GroupDetail) => void }) {
  const form = useForm(t.addMember, {
    firstNames: '',
    lastNames: '',
    nationalId: '',
    memberType: '',
    age: '',
    childAgeMonths: '',
    address: '',
    phone: '',
    joinedOn: todayForInput(),
  });
  return (
    <form
      className="stack narrow-form"
      aria-label={t.addMember}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // An empty type is sent as chosen: main refuses it with its message.
        form.saveWith(() => call('groups.addMember', { ...form.values, groupId, memberType: form.values.memberType as NewMemberInput['memberType'] }), onSaved);
      }}
    >
      <TextField form={form} name="firstNames" label={groupsUi.leadMothers.firstNames} />
      <TextField form={form} name="lastNames" label={groupsUi.leadMothers.lastNames} />
      <TextField form={form} name="nationalId" label={groupsUi.leadMothers.nationalId} inputMode="numeric" width="short" />
      <SelectField form={form} name="memberType" label={t.memberType} options={TYPE_OPTIONS} />
      <TextField form={form} name="age" label={t.age} inputMode="numeric" width="short" />
      <TextField form={form} name="childAgeMonths" label={t.childAge} inputMode="numeric" width="short" />
      <TextField form={form} name="address" label={groupsUi.leadMothers.address} />
      <TextField form={form} name="phone" label={groupsUi.leadMothers.phone} width="short" />
      <TextField form={form} name="joinedOn" label={t.joinedOn} type="date" width="short" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.addMember} />
    </form>
  );
}

/** The day a member left the group: she stays in the records, out of the active count from then on. */
export function LeaveButton({ member, onSaved }: { member: MemberRow; onSaved: (group: GroupDetail) => void }) {
  return (
    <DateAction
      open={t.leave}
      label={t.leaveDate(`${member.firstNames} ${member.lastNames}`)}
      confirm={t.confirmLeave}
      field="leftOn"
      send={(leftOn) => call('groups.memberLeft', { memberId: member.id, leftOn })}
      onSaved={onSaved}
    />
  );
}
