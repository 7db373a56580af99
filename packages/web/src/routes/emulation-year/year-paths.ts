/** The addresses of the year pages (outside the year scope: they pick the year themselves). */
export const YEARS_PAGE_PATH = '/nam-thi-dua';
export const yearPagePath = (yearId: string) => `${YEARS_PAGE_PATH}/${yearId}`;
