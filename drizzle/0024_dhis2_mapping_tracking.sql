-- Change tracking of the DHIS2 mapping (scripts/sync-trigger-sql.mjs).
CREATE TRIGGER sync_track_dhis2_mapping_imports_insert AFTER INSERT ON dhis2_mapping_imports WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('dhis2_mapping_imports', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_dhis2_mapping_imports_update AFTER UPDATE ON dhis2_mapping_imports WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('dhis2_mapping_imports', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'dhis2_mapping_imports', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM dhis2_mapping_imports;
--> statement-breakpoint
CREATE TRIGGER sync_track_dhis2_mapping_entries_insert AFTER INSERT ON dhis2_mapping_entries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('dhis2_mapping_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_dhis2_mapping_entries_update AFTER UPDATE ON dhis2_mapping_entries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('dhis2_mapping_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'dhis2_mapping_entries', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM dhis2_mapping_entries;
