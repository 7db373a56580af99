import { like, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { escapeLikePattern, foldForSearch } from '@thidua/domain';

/**
 * Matches the folded query anywhere in the folded text: served by the trigram index on
 * `search_text`, and blind to diacritics and case because both sides are folded alike.
 */
export function searchCondition(searchText: PgColumn, query: string | undefined): SQL | undefined {
  const folded = query ? foldForSearch(query) : '';
  return folded ? like(searchText, `%${escapeLikePattern(folded)}%`) : undefined;
}

/** Records whose text starts with the query come first: what the user typed is most likely a name's beginning. */
export function prefixFirst(searchText: PgColumn, query: string): SQL {
  return sql`(${searchText} like ${`${escapeLikePattern(foldForSearch(query))}%`}) desc`;
}
