CREATE TABLE `attachment_links` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`attachment_id` text NOT NULL,
	`record_table` text NOT NULL,
	`record_id` text NOT NULL,
	`kind` text NOT NULL,
	`replaced_by_link_id` text,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachment_links_record` ON `attachment_links` (`record_table`,`record_id`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`sha256` text NOT NULL,
	`source_sha256` text NOT NULL,
	`mime` text NOT NULL,
	`byte_size` integer NOT NULL,
	`source_byte_size` integer NOT NULL,
	`page_count` integer NOT NULL,
	`width` integer,
	`height` integer,
	`grayscale` integer NOT NULL,
	`original_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attachments_site_source` ON `attachments` (`owner_site_id`,`source_sha256`) WHERE "attachments"."deleted" = 0;--> statement-breakpoint
CREATE INDEX `attachments_sha256` ON `attachments` (`sha256`);