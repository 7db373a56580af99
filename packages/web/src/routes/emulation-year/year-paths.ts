/** The addresses of the year pages (outside the year scope: they pick the year themselves). */
export const YEARS_PAGE_PATH = '/nam-thi-dua';
export const PERIOD_TARGETS_PAGE_PATH = '/muc-tieu-5-nam';
export const yearPagePath = (yearId: string) => `${YEARS_PAGE_PATH}/${yearId}`;
