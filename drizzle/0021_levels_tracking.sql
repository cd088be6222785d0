-- Change tracking of the levels' tables (scripts/sync-trigger-sql.mjs).
CREATE TRIGGER sync_track_registry_imports_insert AFTER INSERT ON registry_imports WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('registry_imports', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_registry_imports_update AFTER UPDATE ON registry_imports WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('registry_imports', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'registry_imports', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM registry_imports;
--> statement-breakpoint
CREATE TRIGGER sync_track_registry_facilities_insert AFTER INSERT ON registry_facilities WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('registry_facilities', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_registry_facilities_update AFTER UPDATE ON registry_facilities WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('registry_facilities', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'registry_facilities', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM registry_facilities;
--> statement-breakpoint
CREATE TRIGGER sync_track_facilitators_insert AFTER INSERT ON facilitators WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('facilitators', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_facilitators_update AFTER UPDATE ON facilitators WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('facilitators', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'facilitators', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM facilitators;
--> statement-breakpoint
CREATE TRIGGER sync_track_facilitator_trainings_insert AFTER INSERT ON facilitator_trainings WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('facilitator_trainings', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_facilitator_trainings_update AFTER UPDATE ON facilitator_trainings WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('facilitator_trainings', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'facilitator_trainings', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM facilitator_trainings;
--> statement-breakpoint
CREATE TRIGGER sync_track_facilitator_courses_insert AFTER INSERT ON facilitator_courses WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('facilitator_courses', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_facilitator_courses_update AFTER UPDATE ON facilitator_courses WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('facilitator_courses', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'facilitator_courses', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM facilitator_courses;
--> statement-breakpoint
CREATE TRIGGER sync_track_facilitator_course_attendance_insert AFTER INSERT ON facilitator_course_attendance WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('facilitator_course_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_facilitator_course_attendance_update AFTER UPDATE ON facilitator_course_attendance WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('facilitator_course_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'facilitator_course_attendance', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM facilitator_course_attendance;
--> statement-breakpoint
CREATE TRIGGER sync_track_supervision_visits_insert AFTER INSERT ON supervision_visits WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('supervision_visits', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_supervision_visits_update AFTER UPDATE ON supervision_visits WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('supervision_visits', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'supervision_visits', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM supervision_visits;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_directories_insert AFTER INSERT ON group_directories WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_directories', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_directories_update AFTER UPDATE ON group_directories WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_directories', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'group_directories', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM group_directories;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_directory_entries_insert AFTER INSERT ON group_directory_entries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_directory_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_directory_entries_update AFTER UPDATE ON group_directory_entries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_directory_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'group_directory_entries', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM group_directory_entries;
--> statement-breakpoint
CREATE TRIGGER sync_track_birth_cohorts_insert AFTER INSERT ON birth_cohorts WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('birth_cohorts', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_birth_cohorts_update AFTER UPDATE ON birth_cohorts WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('birth_cohorts', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'birth_cohorts', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM birth_cohorts;
