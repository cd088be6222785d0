import type { RegionTeam } from '../../src-shared/levels/indicators';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { TableHead } from '../components/TableHead';

const t = levelsUi.facilitators;

/** Each region's facilitator team: facilities that attend births, facilitators needed and counted, complete or short. */
export function TeamTable({ teams, label }: { teams: readonly RegionTeam[]; label: string }) {
  return (
    <table className="data-table" aria-label={label}>
      <TableHead columns={Object.values(t.teamColumns)} />
      <tbody>
        {teams.map((team) => (
          <tr key={team.region} className={team.complete ? undefined : 'row-short'}>
            <th scope="row">{team.region}</th>
            <td>{team.birthFacilities}</td>
            <td>{team.needed}</td>
            <td>{team.activeTrained}</td>
            <td>{team.complete ? t.complete : t.incomplete(team.needed - team.activeTrained)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
