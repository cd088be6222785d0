// Prints the SQL of the change-tracking triggers for the given tables, for a custom drizzle-kit migration
// (`npx drizzle-kit generate --custom`) when a new synced table is added.
// Usage: node scripts/sync-trigger-sql.mjs [--replace] table...
// A new table gets its triggers and a change number for the rows it already has; --replace only drops and
// recreates the triggers of tables that have them.
// A row in sync_tracking_pause (only ever inside an import transaction) pauses them: see sync.schema.ts.
const args = process.argv.slice(2);
const replace = args.includes('--replace');
const statements = [];
for (const table of args.filter((a) => a !== '--replace')) {
  for (const event of ['INSERT', 'UPDATE']) {
    const name = `sync_track_${table}_${event.toLowerCase()}`;
    if (replace) statements.push(`DROP TRIGGER ${name};`);
    statements.push(`CREATE TRIGGER ${name} AFTER ${event} ON ${table} WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('${table}', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;`);
  }
  if (!replace) {
    statements.push(`INSERT INTO sync_changes (table_name, row_id, seq) SELECT '${table}', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM ${table};`);
  }
}
process.stdout.write(`${statements.join('\n--> statement-breakpoint\n')}\n`);
