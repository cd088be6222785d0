CREATE TABLE `dhis2_mapping_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`import_id` text NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`uid` text NOT NULL,
	`category_option_combo` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `dhis2_mapping_imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dhis2_mapping_entries_import_key` ON `dhis2_mapping_entries` (`import_id`,`kind`,`key`);--> statement-breakpoint
CREATE TABLE `dhis2_mapping_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`issuer_name` text DEFAULT '' NOT NULL,
	`file_name` text NOT NULL,
	`imported_on` text NOT NULL,
	`entry_count` integer NOT NULL,
	`rejected_count` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `dhis2_pushes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`period` text NOT NULL,
	`dry_run` integer NOT NULL,
	`payload_sha256` text NOT NULL,
	`server` text NOT NULL,
	`status` text NOT NULL,
	`imported` integer NOT NULL,
	`updated` integer NOT NULL,
	`ignored` integer NOT NULL,
	`conflicts` integer NOT NULL,
	`summary` text NOT NULL,
	`pushed_at` integer NOT NULL,
	`pushed_by` text
);
