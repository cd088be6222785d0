CREATE TABLE `sync_tracking_pause` (
	`paused_by` text PRIMARY KEY NOT NULL
);
