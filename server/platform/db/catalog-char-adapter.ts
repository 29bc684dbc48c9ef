import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

// PostgreSQL type oids: the one-byte catalog type `"char"` and its array.
const CHAR_OID = 18;
const CHAR_ARRAY_OID = 1002;

/**
 * A PrismaPg adapter factory the schema engine can describe a database through.
 *
 * The engine reads catalog columns of type `"char"` (pg_constraint.contype,
 * confdeltype, …) and expects them typed as characters, but @prisma/adapter-pg
 * 7.10 has no mapping for that oid and rejects the query ("Column type 'char'
 * could not be deserialized"). pg has already decoded such values to strings, so
 * the pool relabels the field as `"char"[]` (which the adapter does map, to
 * CharacterArray) and the adapter wrapper turns a CharacterArray column that
 * holds plain strings back into Character.
 */
export function catalogCharAwarePg(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  relabelCharFields(pool);
  pool.on("connect", (client) => relabelCharFields(client));
  const base = new PrismaPg(pool);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => fixCharColumns(await base.connect()),
    connectToShadowDb: async () => fixCharColumns(await base.connectToShadowDb()),
  };
}

function fixCharColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "queryRaw") {
        return async (...args: Parameters<SqlDriverAdapter["queryRaw"]>) => retypeChars(await target.queryRaw(...args));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function retypeChars(result: SqlResultSet): SqlResultSet {
  const columnTypes = result.columnTypes.map((type, i) =>
    type === ColumnTypeEnum.CharacterArray && result.rows.every((row) => row[i] === null || typeof row[i] === "string")
      ? ColumnTypeEnum.Character
      : type,
  );
  return { ...result, columnTypes };
}

function relabelCharFields(target: pg.Pool | pg.PoolClient): void {
  const original: (...args: unknown[]) => unknown = target.query.bind(target);
  const query = (...args: unknown[]): unknown => {
    const result = original(...args);
    return result instanceof Promise ? result.then(relabel) : result;
  };
  Object.defineProperty(target, "query", { value: query, configurable: true, writable: true });
}

function relabel<T>(result: T): T {
  const fields = (result as { fields?: pg.FieldDef[] } | undefined)?.fields;
  for (const field of fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = CHAR_ARRAY_OID;
  return result;
}
