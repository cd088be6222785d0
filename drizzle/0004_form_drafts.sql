CREATE TABLE `form_drafts` (
	`user_id` text NOT NULL,
	`form_key` text NOT NULL,
	`data` text NOT NULL,
	`saved_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `form_key`)
);
