import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type Compilable } from 'kysely';
import type { DatabaseSchema } from './schema';
import { StatementCache } from './statement-cache';

/**
 * The open database: the raw better-sqlite3 handle, a Kysely instance used to
 * build and compile typed queries, and synchronous execution of those
 * compiled queries through cached prepared statements.
 *
 * Queries run synchronously on purpose: a write transaction then cannot
 * interleave with anything else on the connection, and better-sqlite3's
 * `transaction()` gives exact commit/rollback semantics. Kysely's own (async)
 * transactions are therefore never used.
 */
export class SqlDb {
  readonly kysely: Kysely<DatabaseSchema>;
  private readonly statements: StatementCache;

  constructor(readonly raw: BetterSqlite3.Database) {
    this.kysely = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: raw }) });
    this.statements = new StatementCache(raw);
  }

  /** A cached prepared statement for hand-written SQL. */
  stmt(sql: string): BetterSqlite3.Statement {
    return this.statements.get(sql);
  }

  all<R>(query: Compilable<R>): R[] {
    const { sql, parameters } = query.compile();
    return this.stmt(sql).all(...parameters) as R[];
  }

  first<R>(query: Compilable<R>): R | undefined {
    const { sql, parameters } = query.compile();
    return this.stmt(sql).get(...parameters) as R | undefined;
  }

  run(query: Compilable<unknown>): BetterSqlite3.RunResult {
    const { sql, parameters } = query.compile();
    return this.stmt(sql).run(...parameters);
  }

  /**
   * Runs `fn` in one IMMEDIATE transaction (the write lock is taken up
   * front, so a concurrent writer makes us wait on busy_timeout instead of
   * failing half-way). Nested calls become savepoints. Any throw rolls back.
   */
  transaction<T>(fn: () => T): T {
    return this.raw.transaction(fn).immediate();
  }

  close(): void {
    if (!this.raw.open) return;
    try {
      // Keeps the planner's statistics current; cheap when nothing changed.
      this.raw.pragma('analysis_limit = 1000');
      this.raw.pragma('optimize');
    } finally {
      this.raw.close();
    }
  }
}
