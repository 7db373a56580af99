import * as z from 'zod';
import { integerInput } from './number-fields';

export const PagingQuerySchema = z.object({
  page: integerInput({ min: 1 }).default(1).describe('Trang'),
  pageSize: integerInput({ min: 1, max: 100 }).default(20).describe('Số dòng mỗi trang'),
});
export type PagingQuery = z.infer<typeof PagingQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The response schema of a `Page` of `item`. */
export const pageSchemaOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export function pageOffset({ page, pageSize }: PagingQuery): number {
  return (page - 1) * pageSize;
}
