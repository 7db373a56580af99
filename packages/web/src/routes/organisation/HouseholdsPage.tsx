import { HouseholdsList } from './HouseholdsList';
import { SpreadsheetButtons } from './SpreadsheetButtons';

/** «Hộ gia đình»: the households of the commune, by residential group. */
export function HouseholdsPage() {
  return <HouseholdsList title="Hộ gia đình" extraActions={<SpreadsheetButtons kind="households" />} />;
}
