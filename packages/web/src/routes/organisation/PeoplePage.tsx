import { PeopleList } from './PeopleList';
import { SpreadsheetButtons } from './SpreadsheetButtons';

/** «Nhân sự»: cadres, civil servants and workers of the commune. */
export function PeoplePage() {
  return <PeopleList title="Nhân sự" extraActions={<SpreadsheetButtons kind="people" />} />;
}
