-- Caregiver name search over a trigram index (issue 19): any part of the folded name, kept by triggers on every write (forms, edits, merges and sync imports alike).
CREATE VIRTUAL TABLE caregivers_name_search USING fts5(search_name, content='caregivers', content_rowid='rowid', tokenize='trigram');
--> statement-breakpoint
INSERT INTO caregivers_name_search(caregivers_name_search) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER caregivers_name_search_insert AFTER INSERT ON caregivers BEGIN
  INSERT INTO caregivers_name_search(rowid, search_name) VALUES (NEW.rowid, NEW.search_name);
END;
--> statement-breakpoint
CREATE TRIGGER caregivers_name_search_delete AFTER DELETE ON caregivers BEGIN
  INSERT INTO caregivers_name_search(caregivers_name_search, rowid, search_name) VALUES ('delete', OLD.rowid, OLD.search_name);
END;
--> statement-breakpoint
CREATE TRIGGER caregivers_name_search_update AFTER UPDATE OF search_name ON caregivers BEGIN
  INSERT INTO caregivers_name_search(caregivers_name_search, rowid, search_name) VALUES ('delete', OLD.rowid, OLD.search_name);
  INSERT INTO caregivers_name_search(rowid, search_name) VALUES (NEW.rowid, NEW.search_name);
END;
