CREATE TABLE `sync_changes` (
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`table_name`, `row_id`)
);
--> statement-breakpoint
CREATE INDEX `sync_changes_seq` ON `sync_changes` (`seq`);--> statement-breakpoint
CREATE TABLE `sync_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`kept_hlc` text NOT NULL,
	`other_hlc` text NOT NULL,
	`other_state` text NOT NULL,
	`detected_at` integer NOT NULL,
	`resolved_at` integer
);
--> statement-breakpoint
CREATE TABLE `sync_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sender_site_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`up_to_change` integer NOT NULL,
	`content_hash` text NOT NULL,
	`imported_at` integer NOT NULL,
	`summary` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_peers` (
	`site_id` text PRIMARY KEY NOT NULL,
	`relation` text NOT NULL,
	`kind` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`signing_public_key` text NOT NULL,
	`encryption_public_key` text NOT NULL,
	`enrolled_at` integer NOT NULL,
	`next_sequence` integer DEFAULT 1 NOT NULL,
	`acked_change` integer DEFAULT 0 NOT NULL,
	`last_sequence_received` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_routes` (
	`site_id` text PRIMARY KEY NOT NULL,
	`via_peer` text NOT NULL
);
