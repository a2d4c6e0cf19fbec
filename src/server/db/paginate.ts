import { count, type SQL } from 'drizzle-orm';
import type { PgSelect, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

export interface PageWindow {
  page: number;
  pageSize: number;
}

/**
 * Runs one page of a dynamic select (`.$dynamic()`) and the matching count in parallel.
 * The count uses the same table and filter as the page.
 */
export async function paginate<T extends PgSelect>(
  db: DbOrTx,
  query: T,
  countFrom: { table: PgTable; where: SQL | undefined },
  { page, pageSize }: PageWindow,
): Promise<{ rows: Awaited<T>; total: number }> {
  const [rows, [total]] = await Promise.all([
    query.limit(pageSize).offset((page - 1) * pageSize) as unknown as Promise<Awaited<T>>,
    db.select({ value: count() }).from(countFrom.table).where(countFrom.where),
  ]);
  return { rows, total: total?.value ?? 0 };
}
