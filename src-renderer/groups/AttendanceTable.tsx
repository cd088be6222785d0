import { dateFromInput } from '../../src-shared/common/dates';
import { membersOn } from '../../src-shared/groups/group-rules';
import type { MemberRow } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';

const t = groupsUi.session;

export interface Mark {
  readonly present: boolean;
  readonly absenceReason: string;
  readonly justified: boolean;
}

/** Who belongs on the sheet: the members on the session's day (today's while the date is incomplete). */
export function membersForSession(members: readonly MemberRow[], typedDate: string): MemberRow[] {
  const date = dateFromInput(typedDate);
  return date ? membersOn(members, date) : members.filter((m) => m.leftOn === null);
}

/** Everyone starts present; an absence asks for its reason and whether it was justified. */
export function AttendanceTable({
  members,
  marks,
  errors,
  onChange,
}: {
  members: readonly MemberRow[];
  marks: Readonly<Record<string, Mark>>;
  errors: Readonly<Record<string, string>>;
  onChange: (marks: Readonly<Record<string, Mark>>) => void;
}) {
  const markOf = (id: string): Mark => marks[id] ?? { present: true, absenceReason: '', justified: false };
  const set = (id: string, change: Partial<Mark>) => onChange({ ...marks, [id]: { ...markOf(id), ...change } });
  return (
    <table className="data-table" aria-label={t.attendance}>
      <thead>
        <tr>
          <th scope="col">{groupsUi.leadMothers.name}</th>
          <th scope="col">{t.present}</th>
          <th scope="col">{t.absenceReason}</th>
          <th scope="col">{t.justified}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m, index) => {
          const mark = markOf(m.id);
          const name = `${m.firstNames} ${m.lastNames}`;
          const error = errors[`attendance.${index}.absenceReason`] ?? errors[`attendance.${index}.memberId`];
          return (
            <tr key={m.id}>
              <th scope="row">{name}</th>
              <td>
                <input type="checkbox" aria-label={`${t.present}: ${name}`} checked={mark.present} onChange={(event) => set(m.id, { present: event.target.checked })} />
              </td>
              <td>
                {mark.present ? null : (
                  <>
                    <input aria-label={`${t.absenceReason}: ${name}`} value={mark.absenceReason} onChange={(event) => set(m.id, { absenceReason: event.target.value })} aria-invalid={error ? true : undefined} />
                    {error ? <span className="cell-error">{error}</span> : null}
                  </>
                )}
              </td>
              <td>
                {mark.present ? null : (
                  <input type="checkbox" aria-label={`${t.justified}: ${name}`} checked={mark.justified} onChange={(event) => set(m.id, { justified: event.target.checked })} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
