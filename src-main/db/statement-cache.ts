import type BetterSqlite3 from 'better-sqlite3';

/**
 * Prepared statements keyed by their SQL text. Preparing costs far more than
 * running a short query, and the SQL of hot paths (list pages, lookups, row
 * writes) repeats, so each text is prepared once. The cache is bounded
 * because list queries vary with the filters the user combines.
 */
export class StatementCache {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly capacity = 500,
  ) {}

  get(sql: string): BetterSqlite3.Statement {
    const hit = this.statements.get(sql);
    if (hit) return hit;
    const statement = this.db.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > this.capacity) {
      // Evicts the oldest prepared, not the least used: keeping hits free of
      // bookkeeping matters more than the rare re-prepare of a hot statement.
      const oldest = this.statements.keys().next().value;
      if (oldest !== undefined) this.statements.delete(oldest);
    }
    return statement;
  }

  get size(): number {
    return this.statements.size;
  }
}
