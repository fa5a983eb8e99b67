import { invalid } from "../../errors";

/**
 * Keyset pagination shared by the trainer and admin lists: fetch one row more than the page to
 * know whether another page exists, and hand its id back as the next cursor. Every list orders by
 * a stable key ending in `id`, so pages never repeat or skip rows while data changes.
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/**
 * Prisma finds a `cursor: { id }` row by id alone, outside the list's `where`, and orders relative
 * to it: another organisation's id would page through this list as an ordering oracle. So the
 * cursor must first be found as a row of this very list (same organisation, same filters); any
 * other id, another organisation's or one nobody has, gets the same answer.
 */
export async function pageArgs(
  input: { cursor?: string | null; limit?: number },
  findInList: (id: string) => Promise<unknown>,
) {
  if (input.cursor && !(await findInList(input.cursor))) {
    throw invalid("That page is no longer available. Start again from the first page.", "cursor");
  }
  const take = Math.min(Math.max(input.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  return {
    take: take + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    pageSize: take,
  };
}

export function toPage<T extends { id: string }>(rows: T[], pageSize: number): Page<T> {
  const hasMore = rows.length > pageSize;
  const items = hasMore ? rows.slice(0, pageSize) : rows;
  return { items, nextCursor: hasMore ? items[items.length - 1]!.id : null };
}
