/** The address of the registrations page (inside the year scope: `?nam=2026` picks the year). */
export const REGISTRATIONS_PATH = '/dang-ky-thi-dua';
