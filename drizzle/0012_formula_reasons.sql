CREATE TABLE `formula_reasons` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`side` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
