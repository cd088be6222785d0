-- Every synced table keeps its latest local change number in sync_changes (scripts/sync-trigger-sql.mjs).
CREATE TRIGGER sync_track_sites_insert AFTER INSERT ON sites BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('sites', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_sites_update AFTER UPDATE ON sites BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('sites', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'sites', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM sites;
--> statement-breakpoint
CREATE TRIGGER sync_track_users_insert AFTER INSERT ON users BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('users', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_users_update AFTER UPDATE ON users BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('users', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'users', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM users;
--> statement-breakpoint
CREATE TRIGGER sync_track_attachments_insert AFTER INSERT ON attachments BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('attachments', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_attachments_update AFTER UPDATE ON attachments BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('attachments', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'attachments', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM attachments;
--> statement-breakpoint
CREATE TRIGGER sync_track_attachment_links_insert AFTER INSERT ON attachment_links BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('attachment_links', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_attachment_links_update AFTER UPDATE ON attachment_links BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('attachment_links', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'attachment_links', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM attachment_links;
--> statement-breakpoint
CREATE TRIGGER sync_track_caregivers_insert AFTER INSERT ON caregivers BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('caregivers', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_caregivers_update AFTER UPDATE ON caregivers BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('caregivers', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'caregivers', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM caregivers;
--> statement-breakpoint
CREATE TRIGGER sync_track_infants_insert AFTER INSERT ON infants BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('infants', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_infants_update AFTER UPDATE ON infants BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('infants', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'infants', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM infants;
--> statement-breakpoint
CREATE TRIGGER sync_track_prescriptions_insert AFTER INSERT ON prescriptions BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('prescriptions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_prescriptions_update AFTER UPDATE ON prescriptions BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('prescriptions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'prescriptions', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM prescriptions;
--> statement-breakpoint
CREATE TRIGGER sync_track_deliveries_insert AFTER INSERT ON deliveries BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('deliveries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_deliveries_update AFTER UPDATE ON deliveries BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('deliveries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'deliveries', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM deliveries;
--> statement-breakpoint
CREATE TRIGGER sync_track_stock_receipts_insert AFTER INSERT ON stock_receipts BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('stock_receipts', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_stock_receipts_update AFTER UPDATE ON stock_receipts BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('stock_receipts', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'stock_receipts', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM stock_receipts;
--> statement-breakpoint
CREATE TRIGGER sync_track_coverage_imports_insert AFTER INSERT ON coverage_imports BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('coverage_imports', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_coverage_imports_update AFTER UPDATE ON coverage_imports BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('coverage_imports', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'coverage_imports', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM coverage_imports;
--> statement-breakpoint
CREATE TRIGGER sync_track_coverage_entries_insert AFTER INSERT ON coverage_entries BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('coverage_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_coverage_entries_update AFTER UPDATE ON coverage_entries BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('coverage_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'coverage_entries', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM coverage_entries;
--> statement-breakpoint
CREATE TRIGGER sync_track_designated_staff_insert AFTER INSERT ON designated_staff BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('designated_staff', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_designated_staff_update AFTER UPDATE ON designated_staff BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('designated_staff', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'designated_staff', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM designated_staff;
--> statement-breakpoint
CREATE TRIGGER sync_track_key_actors_insert AFTER INSERT ON key_actors BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('key_actors', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_key_actors_update AFTER UPDATE ON key_actors BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('key_actors', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'key_actors', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM key_actors;
--> statement-breakpoint
CREATE TRIGGER sync_track_minutes_entries_insert AFTER INSERT ON minutes_entries BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('minutes_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_minutes_entries_update AFTER UPDATE ON minutes_entries BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('minutes_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'minutes_entries', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM minutes_entries;
--> statement-breakpoint
CREATE TRIGGER sync_track_lead_mothers_insert AFTER INSERT ON lead_mothers BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('lead_mothers', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_lead_mothers_update AFTER UPDATE ON lead_mothers BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('lead_mothers', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'lead_mothers', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM lead_mothers;
--> statement-breakpoint
CREATE TRIGGER sync_track_lead_mother_recognitions_insert AFTER INSERT ON lead_mother_recognitions BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('lead_mother_recognitions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_lead_mother_recognitions_update AFTER UPDATE ON lead_mother_recognitions BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('lead_mother_recognitions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'lead_mother_recognitions', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM lead_mother_recognitions;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_courses_insert AFTER INSERT ON training_courses BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_courses', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_courses_update AFTER UPDATE ON training_courses BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_courses', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'training_courses', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM training_courses;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_sessions_insert AFTER INSERT ON training_sessions BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_sessions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_sessions_update AFTER UPDATE ON training_sessions BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_sessions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'training_sessions', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM training_sessions;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_enrolments_insert AFTER INSERT ON training_enrolments BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_enrolments', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_enrolments_update AFTER UPDATE ON training_enrolments BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_enrolments', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'training_enrolments', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM training_enrolments;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_attendance_insert AFTER INSERT ON training_attendance BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_attendance_update AFTER UPDATE ON training_attendance BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'training_attendance', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM training_attendance;
--> statement-breakpoint
CREATE TRIGGER sync_track_support_groups_insert AFTER INSERT ON support_groups BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('support_groups', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_support_groups_update AFTER UPDATE ON support_groups BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('support_groups', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'support_groups', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM support_groups;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_members_insert AFTER INSERT ON group_members BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_members', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_members_update AFTER UPDATE ON group_members BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_members', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'group_members', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM group_members;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_sessions_insert AFTER INSERT ON group_sessions BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_sessions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_sessions_update AFTER UPDATE ON group_sessions BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_sessions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'group_sessions', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM group_sessions;
--> statement-breakpoint
CREATE TRIGGER sync_track_session_attendance_insert AFTER INSERT ON session_attendance BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('session_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_session_attendance_update AFTER UPDATE ON session_attendance BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('session_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'session_attendance', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM session_attendance;
--> statement-breakpoint
CREATE TRIGGER sync_track_his_codes_insert AFTER INSERT ON his_codes BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('his_codes', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_his_codes_update AFTER UPDATE ON his_codes BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('his_codes', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'his_codes', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM his_codes;
--> statement-breakpoint
CREATE TRIGGER sync_track_implementation_plans_insert AFTER INSERT ON implementation_plans BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('implementation_plans', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_implementation_plans_update AFTER UPDATE ON implementation_plans BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('implementation_plans', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'implementation_plans', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM implementation_plans;
--> statement-breakpoint
CREATE TRIGGER sync_track_plan_activities_insert AFTER INSERT ON plan_activities BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('plan_activities', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_plan_activities_update AFTER UPDATE ON plan_activities BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('plan_activities', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'plan_activities', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM plan_activities;
--> statement-breakpoint
CREATE TRIGGER sync_track_plan_budget_lines_insert AFTER INSERT ON plan_budget_lines BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('plan_budget_lines', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER sync_track_plan_budget_lines_update AFTER UPDATE ON plan_budget_lines BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('plan_budget_lines', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
INSERT INTO sync_changes (table_name, row_id, seq) SELECT 'plan_budget_lines', id, (SELECT COALESCE(MAX(seq), 0) FROM sync_changes) + ROW_NUMBER() OVER (ORDER BY hlc) FROM plan_budget_lines;
