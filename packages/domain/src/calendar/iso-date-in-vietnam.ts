const isoDateInVietnam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The calendar day (yyyy-mm-dd) it is in Vietnam at `instant`: deadlines and months end there. */
export function isoDateInVietnamAt(instant: Date): string {
  return isoDateInVietnam.format(instant);
}
