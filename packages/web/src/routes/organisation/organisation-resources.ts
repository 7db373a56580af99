import type { SearchHitKind } from '@thidua/domain';
import type { OrganisationResource } from '../../api/organisation-hooks';

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
  units: { entity: 'unit', noun: 'đơn vị', listLabel: 'Cơ quan, đơn vị', listPath: '/co-quan-don-vi' },
  'residential-groups': {
    entity: 'residential_group',
    noun: 'khóm, tổ dân phố',
    listLabel: 'Khóm, tổ dân phố',
    listPath: '/to-dan-pho',
  },
  people: { entity: 'person', noun: 'nhân sự', listLabel: 'Nhân sự', listPath: '/nhan-su' },
  households: {
    entity: 'household',
    noun: 'hộ gia đình',
    listLabel: 'Hộ gia đình',
    listPath: '/ho-gia-dinh',
  },
};

export const SEARCH_PATH = '/tim-kiem';

export const recordPath = (resource: OrganisationResource, id: string) =>
  `${RESOURCES[resource].listPath}/${id}`;

export const searchPath = (q: string) => `${SEARCH_PATH}?q=${encodeURIComponent(q.trim())}`;

export const RESOURCE_OF_HIT: Record<SearchHitKind, OrganisationResource> = {
  person: 'people',
  household: 'households',
  group: 'residential-groups',
  unit: 'units',
};
