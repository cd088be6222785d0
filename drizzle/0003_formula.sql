CREATE TABLE `caregivers` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`national_id` text NOT NULL,
	`first_names` text NOT NULL,
	`last_names` text NOT NULL,
	`search_name` text NOT NULL,
	`birth_date` text,
	`sex` text,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`coverage_checked_at` integer NOT NULL,
	`coverage_list_date` text,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `caregivers_site_national_id` ON `caregivers` (`owner_site_id`,`national_id`) WHERE "caregivers"."deleted" = 0;--> statement-breakpoint
CREATE INDEX `caregivers_national_id` ON `caregivers` (`national_id`);--> statement-breakpoint
CREATE INDEX `caregivers_search_name` ON `caregivers` (`search_name`);--> statement-breakpoint
CREATE TABLE `coverage_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`import_id` text NOT NULL,
	`national_id` text NOT NULL,
	`name` text NOT NULL,
	`coverage` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `coverage_imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coverage_entries_national_id` ON `coverage_entries` (`national_id`);--> statement-breakpoint
CREATE TABLE `coverage_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`file_name` text NOT NULL,
	`list_date` text NOT NULL,
	`row_count` integer NOT NULL,
	`rejected_count` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`prescription_id` text NOT NULL,
	`delivery_date` text NOT NULL,
	`cans_800` integer NOT NULL,
	`cans_1kg` integer NOT NULL,
	`received_by_national_id` text DEFAULT '' NOT NULL,
	`received_by_name` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`voided_at` integer,
	`voided_by` text,
	`void_reason` text,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`prescription_id`) REFERENCES `prescriptions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deliveries_prescription` ON `deliveries` (`prescription_id`);--> statement-breakpoint
CREATE INDEX `deliveries_date` ON `deliveries` (`delivery_date`);--> statement-breakpoint
CREATE TABLE `infants` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`caregiver_id` text NOT NULL,
	`first_names` text NOT NULL,
	`last_names` text NOT NULL,
	`national_id` text,
	`birth_date` text NOT NULL,
	`sex` text,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`caregiver_id`) REFERENCES `caregivers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `infants_caregiver` ON `infants` (`caregiver_id`);--> statement-breakpoint
CREATE TABLE `prescriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`infant_id` text NOT NULL,
	`prescription_date` text NOT NULL,
	`reason_code` text NOT NULL,
	`milk_type` text NOT NULL,
	`replacement` text NOT NULL,
	`grams_per_month` integer NOT NULL,
	`duration_months` integer NOT NULL,
	`months_override` integer,
	`gestational_weeks` integer,
	`birth_weight_grams` integer,
	`prescriber_name` text NOT NULL,
	`prescriber_profession` text NOT NULL,
	`prescriber_licence` text NOT NULL,
	`hiv_caregiver_birth_date` text,
	`hiv_caregiver_sex` text,
	`hiv_viral_load` text,
	`hiv_modality` text,
	`counselor1_name` text,
	`counselor1_profession` text,
	`counselor2_name` text,
	`counselor2_profession` text,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`infant_id`) REFERENCES `infants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `prescriptions_infant` ON `prescriptions` (`infant_id`);--> statement-breakpoint
CREATE TABLE `stock_receipts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`received_date` text NOT NULL,
	`can_grams` integer NOT NULL,
	`quantity` integer NOT NULL,
	`lot` text NOT NULL,
	`expiry_date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE INDEX `stock_receipts_expiry` ON `stock_receipts` (`expiry_date`);