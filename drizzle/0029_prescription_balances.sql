-- What each prescription was granted and has received (issue 19): the open prescriptions of the lists counted and paged in SQL. Derived and local: triggers mark a prescription stale on every write that changes its balance (forms, edits, merges, imports alike) and main recomputes the stale ones with the rules before reading.
CREATE TABLE `prescription_balances` (
	`prescription_id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`prescription_date` text NOT NULL,
	`live` integer NOT NULL,
	`last_day` text,
	`grams_allowed` integer,
	`grams_delivered` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `prescription_balances_open` ON `prescription_balances` (`prescription_date` DESC, `prescription_id` DESC, `last_day`, `owner_site_id`) WHERE `live` = 1 AND `grams_delivered` < `grams_allowed`;
--> statement-breakpoint
CREATE TABLE `prescription_balances_stale` (
	`prescription_id` text PRIMARY KEY NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `prescription_balances_stale` SELECT `id` FROM `prescriptions`;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_prescription_insert AFTER INSERT ON prescriptions BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_prescription_update AFTER UPDATE OF infant_id, owner_site_id, prescription_date, reason_code, replacement, grams_per_month, duration_months, months_override, gestational_weeks, deleted ON prescriptions BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale VALUES (NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_prescription_delete AFTER DELETE ON prescriptions BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale VALUES (OLD.id);
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_delivery_insert AFTER INSERT ON deliveries BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale VALUES (NEW.prescription_id);
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_delivery_update AFTER UPDATE OF prescription_id, cans_800, cans_1kg, voided_at, deleted ON deliveries BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale VALUES (OLD.prescription_id);
  INSERT OR IGNORE INTO prescription_balances_stale VALUES (NEW.prescription_id);
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_delivery_delete AFTER DELETE ON deliveries BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale VALUES (OLD.prescription_id);
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_infant_insert AFTER INSERT ON infants BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale SELECT id FROM prescriptions WHERE infant_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_infant_update AFTER UPDATE OF birth_date, caregiver_id, deleted ON infants BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale SELECT id FROM prescriptions WHERE infant_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_caregiver_insert AFTER INSERT ON caregivers BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale SELECT p.id FROM infants i JOIN prescriptions p ON p.infant_id = i.id WHERE i.caregiver_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER prescription_balances_caregiver_update AFTER UPDATE OF deleted ON caregivers BEGIN
  INSERT OR IGNORE INTO prescription_balances_stale SELECT p.id FROM infants i JOIN prescriptions p ON p.infant_id = i.id WHERE i.caregiver_id = NEW.id;
END;
