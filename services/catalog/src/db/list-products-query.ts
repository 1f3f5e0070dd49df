import type { Product } from '@shop/contracts/catalog/v1';
import type { Sql } from 'postgres';
import type { Cursor } from '@shop/services-platform';
import { containsPattern } from '@shop/services-platform';
import { toRfc3339 } from '@shop/services-platform';

export interface ListProductsParams {
  /** Category slug, '' for all. */
  category: string;
  /** Search text, '' for none. */
  query: string;
  cursor: Cursor | undefined;
  /** Products per page (one more row is read to detect a next page). */
  pageSize: number;
}

export interface ListProductsPage {
  /** At most `pageSize` wire products, newest first. */
  products: Product[];
  /** Keyset position after the last product when another page follows. */
  next: Cursor | undefined;
  totalCount: number;
}

interface Shape {
  category: boolean;
  search: boolean;
  cursor: boolean;
}

type ParamName = 'category' | 'pattern' | 'cursorCreatedAt' | 'cursorId' | 'limit';
type ParamValues = Record<ParamName, string | number | null>;

/** A statement text and the names of its parameters, in $1…$n order. */
interface Statement {
  text: string;
  params: ParamName[];
}

interface Statements {
  list: Statement;
  count: Statement;
}

// Columns in wire order; `created_at::text` keeps microseconds for the cursor (session
// TimeZone UTC, DateStyle ISO: `2026-01-02 03:04:05.123456+00`) whatever parsers the client has.
const columns = `p.id, p.slug, p.name, p.description, p.price_amount_minor, p.currency, p.category_id,
  c.slug, p.image_path, p.stock, p.created_at::text`;

type Row = [string, string, string, string, string, string, string, string, string, number, string, string];

/** Numbers parameters as they are used (an unused, untyped parameter cannot be prepared). */
function placeholders() {
  const params: ParamName[] = [];
  const ref = (name: ParamName): string => {
    const index = params.indexOf(name);
    return `$${index === -1 ? params.push(name) : index + 1}`;
  };
  return { params, ref };
}

function filters(shape: Shape, alias: string, ref: (name: ParamName) => string): string[] {
  const where: string[] = [];
  if (shape.category) where.push(`${alias}.category_id = (select id from categories where slug = ${ref('category')})`);
  if (shape.search) where.push(`(${alias}.name ilike ${ref('pattern')} or ${alias}.description ilike ${ref('pattern')})`);
  return where;
}

const whereClause = (conditions: string[]): string => (conditions.length ? ` where ${conditions.join(' and ')}` : '');

// One statement text per filter shape, built once; postgres.js prepares each per connection.
// The total comes from an uncorrelated subquery (evaluated once), so a page is one round trip.
function statements(shape: Shape): Statements {
  const list = placeholders();
  const total = `(select count(*) from products t${whereClause(filters(shape, 't', list.ref))})`;
  const keyset = shape.cursor
    ? [`(p.created_at, p.id) < (${list.ref('cursorCreatedAt')}::timestamptz, ${list.ref('cursorId')}::uuid)`]
    : [];
  const listText = `select ${columns}, ${total} from products p join categories c on c.id = p.category_id${whereClause([
    ...filters(shape, 'p', list.ref),
    ...keyset,
  ])} order by p.created_at desc, p.id desc limit ${list.ref('limit')}`;
  const count = placeholders();
  const countText = `select count(*) from products t${whereClause(filters(shape, 't', count.ref))}`;
  return { list: { text: listText, params: list.params }, count: { text: countText, params: count.params } };
}

const argsOf = (statement: Statement, values: ParamValues) => statement.params.map((name) => values[name]);

function toProduct(row: Row): Product {
  return {
    id: row[0],
    slug: row[1],
    name: row[2],
    description: row[3],
    price: { amountMinor: Number(row[4]), currency: row[5] },
    categoryId: row[6],
    categorySlug: row[7],
    imagePath: row[8],
    stock: row[9],
    createdAt: toRfc3339(row[10]),
  };
}

/**
 * Creates the ListProducts query runner: one prepared raw statement per filter shape, rows read
 * as arrays of exactly the wire columns and mapped to protobuf Products in one pass.
 */
export function createListProductsQuery(sql: Sql): (params: ListProductsParams) => Promise<ListProductsPage> {
  const cache = new Map<number, Statements>();
  const statementsFor = (shape: Shape): Statements => {
    const key = Number(shape.category) | (Number(shape.search) << 1) | (Number(shape.cursor) << 2);
    let entry = cache.get(key);
    if (!entry) cache.set(key, (entry = statements(shape)));
    return entry;
  };

  return async ({ category, query, cursor, pageSize }) => {
    const shape = { category: category !== '', search: query !== '', cursor: cursor !== undefined };
    const { list, count } = statementsFor(shape);
    const values: ParamValues = {
      category,
      pattern: shape.search ? containsPattern(query) : null,
      cursorCreatedAt: cursor?.createdAt ?? null,
      cursorId: cursor?.id ?? null,
      limit: pageSize + 1,
    };
    const rows = (await sql.unsafe(list.text, argsOf(list, values), { prepare: true }).values()) as unknown as Row[];
    const first = rows[0];
    if (!first) {
      // An empty page has no row to carry the total; only past-the-end cursors need a second trip.
      if (!shape.cursor) return { products: [], next: undefined, totalCount: 0 };
      const [counted] = (await sql.unsafe(count.text, argsOf(count, values), { prepare: true }).values()) as unknown as [[string]];
      return { products: [], next: undefined, totalCount: Number(counted?.[0] ?? 0) };
    }
    const size = Math.min(rows.length, pageSize);
    const products = new Array<Product>(size);
    for (let i = 0; i < size; i++) products[i] = toProduct(rows[i]!);
    const last = rows[size - 1]!;
    const next = rows.length > pageSize ? { createdAt: last[10], id: last[0] } : undefined;
    return { products, next, totalCount: Number(first[11]) };
  };
}
