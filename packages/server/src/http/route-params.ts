import * as z from 'zod';

/** URL parameters shared by the commune's routes. */
export const CommuneParams = z.object({ communeId: z.uuid().describe('Mã định danh xã, phường') });
export const YearParams = CommuneParams.extend({ yearId: z.uuid().describe('Mã định danh năm thi đua') });
export const RecordParams = YearParams.extend({ id: z.uuid().describe('Mã định danh bản ghi') });

/** Whether a value is a UUID as the route params accept it (checked before a URL reaches a query). */
export const isUuid = (value: unknown): boolean => z.uuid().safeParse(value).success;
