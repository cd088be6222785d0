ALTER TABLE `prescriptions` ADD `status` text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE `prescriptions` ADD `status_on` text;--> statement-breakpoint
ALTER TABLE `prescriptions` ADD `close_cause` text;--> statement-breakpoint
ALTER TABLE `prescriptions` ADD `status_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `prescriptions` ADD `renews_prescription_id` text;--> statement-breakpoint
ALTER TABLE `prescriptions` ADD `protocol_checks` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `prescriptions` ADD `protocol_checked_by` text;--> statement-breakpoint
ALTER TABLE `prescriptions` ADD `protocol_checked_at` integer;