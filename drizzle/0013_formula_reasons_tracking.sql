-- Change tracking of the reason list (scripts/sync-trigger-sql.mjs formula_reasons).
CREATE TRIGGER sync_track_formula_reasons_insert AFTER INSERT ON formula_reasons WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('formula_reasons', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_formula_reasons_update AFTER UPDATE ON formula_reasons WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('formula_reasons', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'formula_reasons', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM formula_reasons;
