CREATE TABLE `local_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `site_private_keys` (
	`site_id` text PRIMARY KEY NOT NULL,
	`signing_private_key` text NOT NULL,
	`encryption_private_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`kind` text NOT NULL,
	`country` text NOT NULL,
	`name` text NOT NULL,
	`code` text NOT NULL,
	`region` text NOT NULL,
	`network` text NOT NULL,
	`micro_network` text NOT NULL,
	`attends_births` integer NOT NULL,
	`signing_public_key` text NOT NULL,
	`encryption_public_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user_credentials` (
	`user_id` text PRIMARY KEY NOT NULL,
	`password_hash` text NOT NULL,
	`must_change_password` integer NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`last_login_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_site_username` ON `users` (`owner_site_id`,`username`) WHERE "users"."deleted" = 0;--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`username` text,
	`action` text NOT NULL,
	`record_table` text,
	`record_id` text,
	`outcome` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL
);
