CREATE TABLE `sync_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`owner_site_id` text NOT NULL,
	`base_hlc` text NOT NULL,
	`hlc` text NOT NULL,
	`reason` text NOT NULL,
	`corrected_at` integer NOT NULL,
	`corrected_by` text,
	`settled` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_seen` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`hlc` text NOT NULL,
	PRIMARY KEY(`table_name`, `row_id`)
);
