import { z } from "zod";
import { callRest, hasNextPage, type RestCall } from "./call-rest.js";

/** A paginated list call: like RestCall, but `item` validates one element of the array body. */
export interface PaginatedCall<T> extends Omit<RestCall<T[]>, "schema"> {
  item: z.ZodType<T>;
  /** Stop after this many items (GitHub's own caps: 3,000 files, 250 commits). */
  maxItems: number;
  /** Stop early, without reading more pages, once an item satisfies this. */
  until?: (item: T) => boolean;
}

/** Items of a paginated list, and whether more existed than were read. */
export interface PaginatedResult<T> {
  items: T[];
  truncated: boolean;
}

/** Page size used for every list: GitHub's maximum. */
export const PER_PAGE = 100;

/**
 * `paginateRest` reads a list endpoint page by page (`per_page=100`, `page=1,2,…`), sequentially, following
 * the `link` header's `rel="next"`. It stops at `maxItems`, at the first item matching `until`, or at the last
 * page; `truncated` is true when it stopped at `maxItems` while GitHub had more.
 */
export async function paginateRest<T>(call: PaginatedCall<T>): Promise<PaginatedResult<T>> {
  const schema = z.array(call.item);
  const items: T[] = [];
  const maxPages = Math.max(1, Math.ceil(call.maxItems / PER_PAGE));
  for (let page = 1; page <= maxPages; page += 1) {
    const { data, headers } = await callRest({ ...call, schema, params: { ...call.params, per_page: PER_PAGE, page } });
    items.push(...data);
    const more = hasNextPage(headers) && data.length > 0;
    if (items.length >= call.maxItems) return { items: items.slice(0, call.maxItems), truncated: more || items.length > call.maxItems };
    if (call.until && data.some(call.until)) return { items, truncated: false };
    if (!more) return { items, truncated: false };
  }
  return { items, truncated: true };
}
