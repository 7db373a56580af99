import { PageHeader } from '../../components/PageHeader';
import { HouseholdsList } from './HouseholdsList';
import { SpreadsheetButtons } from './SpreadsheetButtons';

/** «Hộ gia đình»: the households of the commune, by residential group. */
export function HouseholdsPage() {
  return (
    <>
      <PageHeader title="Hộ gia đình" />
      <HouseholdsList extraActions={<SpreadsheetButtons kind="households" />} />
    </>
  );
}
