-- The change triggers pause while an import records its changes itself (sync_tracking_pause; scripts/sync-trigger-sql.mjs --replace).
DROP TRIGGER sync_track_sites_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_sites_insert AFTER INSERT ON sites WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('sites', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_sites_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_sites_update AFTER UPDATE ON sites WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('sites', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_users_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_users_insert AFTER INSERT ON users WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('users', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_users_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_users_update AFTER UPDATE ON users WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('users', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_attachments_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_attachments_insert AFTER INSERT ON attachments WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('attachments', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_attachments_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_attachments_update AFTER UPDATE ON attachments WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('attachments', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_attachment_links_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_attachment_links_insert AFTER INSERT ON attachment_links WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('attachment_links', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_attachment_links_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_attachment_links_update AFTER UPDATE ON attachment_links WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('attachment_links', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_caregivers_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_caregivers_insert AFTER INSERT ON caregivers WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('caregivers', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_caregivers_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_caregivers_update AFTER UPDATE ON caregivers WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('caregivers', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_infants_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_infants_insert AFTER INSERT ON infants WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('infants', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_infants_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_infants_update AFTER UPDATE ON infants WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('infants', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_prescriptions_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_prescriptions_insert AFTER INSERT ON prescriptions WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('prescriptions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_prescriptions_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_prescriptions_update AFTER UPDATE ON prescriptions WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('prescriptions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_deliveries_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_deliveries_insert AFTER INSERT ON deliveries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('deliveries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_deliveries_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_deliveries_update AFTER UPDATE ON deliveries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('deliveries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_stock_receipts_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_stock_receipts_insert AFTER INSERT ON stock_receipts WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('stock_receipts', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_stock_receipts_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_stock_receipts_update AFTER UPDATE ON stock_receipts WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('stock_receipts', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_coverage_imports_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_coverage_imports_insert AFTER INSERT ON coverage_imports WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('coverage_imports', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_coverage_imports_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_coverage_imports_update AFTER UPDATE ON coverage_imports WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('coverage_imports', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_coverage_entries_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_coverage_entries_insert AFTER INSERT ON coverage_entries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('coverage_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_coverage_entries_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_coverage_entries_update AFTER UPDATE ON coverage_entries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('coverage_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_designated_staff_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_designated_staff_insert AFTER INSERT ON designated_staff WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('designated_staff', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_designated_staff_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_designated_staff_update AFTER UPDATE ON designated_staff WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('designated_staff', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_key_actors_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_key_actors_insert AFTER INSERT ON key_actors WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('key_actors', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_key_actors_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_key_actors_update AFTER UPDATE ON key_actors WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('key_actors', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_minutes_entries_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_minutes_entries_insert AFTER INSERT ON minutes_entries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('minutes_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_minutes_entries_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_minutes_entries_update AFTER UPDATE ON minutes_entries WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('minutes_entries', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_lead_mothers_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_lead_mothers_insert AFTER INSERT ON lead_mothers WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('lead_mothers', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_lead_mothers_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_lead_mothers_update AFTER UPDATE ON lead_mothers WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('lead_mothers', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_lead_mother_recognitions_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_lead_mother_recognitions_insert AFTER INSERT ON lead_mother_recognitions WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('lead_mother_recognitions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_lead_mother_recognitions_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_lead_mother_recognitions_update AFTER UPDATE ON lead_mother_recognitions WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('lead_mother_recognitions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_training_courses_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_courses_insert AFTER INSERT ON training_courses WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_courses', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_training_courses_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_courses_update AFTER UPDATE ON training_courses WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_courses', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_training_sessions_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_sessions_insert AFTER INSERT ON training_sessions WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_sessions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_training_sessions_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_sessions_update AFTER UPDATE ON training_sessions WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_sessions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_training_enrolments_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_enrolments_insert AFTER INSERT ON training_enrolments WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_enrolments', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_training_enrolments_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_enrolments_update AFTER UPDATE ON training_enrolments WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_enrolments', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_training_attendance_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_attendance_insert AFTER INSERT ON training_attendance WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_training_attendance_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_training_attendance_update AFTER UPDATE ON training_attendance WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('training_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_support_groups_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_support_groups_insert AFTER INSERT ON support_groups WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('support_groups', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_support_groups_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_support_groups_update AFTER UPDATE ON support_groups WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('support_groups', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_group_members_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_members_insert AFTER INSERT ON group_members WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_members', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_group_members_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_members_update AFTER UPDATE ON group_members WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_members', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_group_sessions_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_sessions_insert AFTER INSERT ON group_sessions WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_sessions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_group_sessions_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_group_sessions_update AFTER UPDATE ON group_sessions WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('group_sessions', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_session_attendance_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_session_attendance_insert AFTER INSERT ON session_attendance WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('session_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_session_attendance_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_session_attendance_update AFTER UPDATE ON session_attendance WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('session_attendance', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_his_codes_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_his_codes_insert AFTER INSERT ON his_codes WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('his_codes', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_his_codes_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_his_codes_update AFTER UPDATE ON his_codes WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('his_codes', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_implementation_plans_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_implementation_plans_insert AFTER INSERT ON implementation_plans WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('implementation_plans', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_implementation_plans_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_implementation_plans_update AFTER UPDATE ON implementation_plans WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('implementation_plans', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_plan_activities_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_plan_activities_insert AFTER INSERT ON plan_activities WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('plan_activities', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_plan_activities_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_plan_activities_update AFTER UPDATE ON plan_activities WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('plan_activities', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_plan_budget_lines_insert;
--> statement-breakpoint
CREATE TRIGGER sync_track_plan_budget_lines_insert AFTER INSERT ON plan_budget_lines WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('plan_budget_lines', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
DROP TRIGGER sync_track_plan_budget_lines_update;
--> statement-breakpoint
CREATE TRIGGER sync_track_plan_budget_lines_update AFTER UPDATE ON plan_budget_lines WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause) BEGIN
  INSERT INTO sync_changes (table_name, row_id, seq) VALUES ('plan_budget_lines', NEW.id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_changes))
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq;
END;
