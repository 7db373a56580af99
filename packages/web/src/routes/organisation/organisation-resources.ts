import type { SearchHitKind } from '@thidua/domain';
import type { OrganisationResource } from '../../api/organisation-hooks';
import { paths } from '../../shell/paths';

/** What the pages say about each kind of record and where its pages live. */
export interface ResourceInfo {
  /** The `entity` of its audit entries. */
  entity: string;
  /** Lower-case noun for sentences: «Thêm nhân sự», «Cho thôi hộ gia đình …». */
  noun: string;
  listLabel: string;
  listPath: string;
}

export const RESOURCES: Record<OrganisationResource, ResourceInfo> = {
  units: { entity: 'unit', noun: 'đơn vị', listLabel: 'Cơ quan, đơn vị', listPath: paths.units },
  'residential-groups': {
    entity: 'residential_group',
    noun: 'khóm, tổ dân phố',
    listLabel: 'Khóm, tổ dân phố',
    listPath: paths.residentialGroups,
  },
  people: { entity: 'person', noun: 'nhân sự', listLabel: 'Nhân sự', listPath: paths.people },
  households: {
    entity: 'household',
    noun: 'hộ gia đình',
    listLabel: 'Hộ gia đình',
    listPath: paths.households,
  },
};

export const recordPath = (resource: OrganisationResource, id: string) =>
  `${RESOURCES[resource].listPath}/${id}`;

export const RESOURCE_OF_HIT: Record<SearchHitKind, OrganisationResource> = {
  person: 'people',
  household: 'households',
  group: 'residential-groups',
  unit: 'units',
};
