// Prints the SQL of the change-tracking triggers for the given tables, for a custom drizzle-kit migration
// (`npx drizzle-kit generate --custom`) when a new synced table is added. Usage: node scripts/sync-trigger-sql.mjs table...
const statements = [];
for (const table of process.argv.slice(2)) {
  for (const event of ['INSERT', 'UPDATE']) {
    statements.push(`CREATE TRIGGER sync_track_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('${table}', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;`);
  }
  statements.push(`INSERT INTO sync_changes (table_name, row_id, seq) SELECT '${table}', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM ${table};`);
}
process.stdout.write(`${statements.join('\n--> statement-breakpoint\n')}\n`);
