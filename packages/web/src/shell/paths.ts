/**
 * Every address of the web app, written once: the router declares its routes with these, and the
 * navigation and every link build their targets with them.
 */
const withId = (list: string) => (id: string) => `${list}/${id}`;

export const paths = {
  home: '/',
  signIn: '/dang-nhap',
  setup: '/khoi-tao',
  adminUnits: '/don-vi-hanh-chinh',
  adminUnit: withId('/don-vi-hanh-chinh'),
  users: '/tai-khoan',
  audit: '/nhat-ky',
  ruleSettings: '/cai-dat-quy-dinh',
  organisation: '/to-chuc',
  units: '/co-quan-don-vi',
  unit: withId('/co-quan-don-vi'),
  residentialGroups: '/to-dan-pho',
  residentialGroup: withId('/to-dan-pho'),
  people: '/nhan-su',
  person: withId('/nhan-su'),
  households: '/ho-gia-dinh',
  household: withId('/ho-gia-dinh'),
  search: '/tim-kiem',
  disciplines: '/ky-luat',
  years: '/nam-thi-dua',
  year: withId('/nam-thi-dua'),
  periodTargets: '/muc-tieu-5-nam',
  movements: '/phong-trao',
  movement: withId('/phong-trao'),
  pacts: '/giao-uoc',
  registrations: '/dang-ky-thi-dua',
  achievements: '/thanh-tich',
  initiatives: '/thanh-tich/sang-kien',
  exemplars: '/thanh-tich/dien-hinh-tien-tien',
  scores: '/cham-diem',
  grades: '/xep-loai',
} as const;

/** The results page of the organisation search for `q`. */
export const searchPath = (q: string) => `${paths.search}?${new URLSearchParams({ q: q.trim() })}`;

/** A page of one year's records showing year `year` (`?nam=2025`). */
export const inYear = (path: string, year: number) =>
  `${path}?${new URLSearchParams({ [SCOPE_PARAMS.year]: String(year) })}`;

/**
 * The query parameters that say which commune (`xa`, for province users) and which emulation
 * year (`nam`) a page shows. Links carry them along, so a link, a reload or a shared address
 * shows the same commune and year.
 */
export const SCOPE_PARAMS = { commune: 'xa', year: 'nam' } as const;

/**
 * `to` with the scope parameters of the current address added, unless `to` sets them itself;
 * other parameters of the current address (a search, a page number) are not carried.
 */
export function scopedTo(to: string, current: URLSearchParams): { pathname: string; search: string } {
  const [pathname = '', query = ''] = to.split('?', 2);
  const params = new URLSearchParams(query);
  for (const key of Object.values(SCOPE_PARAMS)) {
    const value = current.get(key);
    if (value !== null && !params.has(key)) params.set(key, value);
  }
  const search = params.toString();
  return { pathname, search: search ? `?${search}` : '' };
}
