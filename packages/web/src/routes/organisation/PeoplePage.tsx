import { PageHeader } from '../../components/PageHeader';
import { PeopleList } from './PeopleList';
import { SpreadsheetButtons } from './SpreadsheetButtons';

/** «Nhân sự»: cadres, civil servants and workers of the commune. */
export function PeoplePage() {
  return (
    <>
      <PageHeader title="Nhân sự" />
      <PeopleList extraActions={<SpreadsheetButtons kind="people" />} />
    </>
  );
}
