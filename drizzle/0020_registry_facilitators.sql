CREATE TABLE `birth_cohorts` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`region` text NOT NULL,
	`year` integer NOT NULL,
	`public_births` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `birth_cohorts_owner_region_year` ON `birth_cohorts` (`owner_site_id`,`region`,`year`) WHERE "birth_cohorts"."deleted" = 0;--> statement-breakpoint
CREATE TABLE `facilitator_course_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`course_id` text NOT NULL,
	`facilitator_id` text NOT NULL,
	`hours_attended` integer NOT NULL,
	`completed` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`course_id`) REFERENCES `facilitator_courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `facilitator_course_attendance_unique` ON `facilitator_course_attendance` (`course_id`,`facilitator_id`) WHERE "facilitator_course_attendance"."deleted" = 0;--> statement-breakpoint
CREATE TABLE `facilitator_courses` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`title` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`hours` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `facilitator_trainings` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`facilitator_id` text NOT NULL,
	`title` text NOT NULL,
	`provider` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`hours` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`facilitator_id`) REFERENCES `facilitators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `facilitators` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`region` text NOT NULL,
	`facility_code` text NOT NULL,
	`full_name` text NOT NULL,
	`national_id` text DEFAULT '' NOT NULL,
	`profession` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`profile` text NOT NULL,
	`registered_on` text NOT NULL,
	`inactive_since` text,
	`inactive_reason` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE INDEX `facilitators_region` ON `facilitators` (`region`);--> statement-breakpoint
CREATE TABLE `group_directories` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`issuer_name` text DEFAULT '' NOT NULL,
	`region` text NOT NULL,
	`published_on` text NOT NULL,
	`entry_count` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `group_directory_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`directory_id` text NOT NULL,
	`facility_code` text NOT NULL,
	`facility_name` text NOT NULL,
	`network` text DEFAULT '' NOT NULL,
	`micro_network` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`group_name` text NOT NULL,
	`community` text DEFAULT '' NOT NULL,
	`place` text NOT NULL,
	`meeting_day` text DEFAULT '' NOT NULL,
	`meeting_time` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`directory_id`) REFERENCES `group_directories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_directory_entries_directory` ON `group_directory_entries` (`directory_id`);--> statement-breakpoint
CREATE TABLE `registry_facilities` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`import_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`region` text NOT NULL,
	`network` text DEFAULT '' NOT NULL,
	`micro_network` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`province` text DEFAULT '' NOT NULL,
	`attends_births` integer NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `registry_imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registry_facilities_import_code` ON `registry_facilities` (`import_id`,`code`);--> statement-breakpoint
CREATE TABLE `registry_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`issuer_name` text DEFAULT '' NOT NULL,
	`file_name` text NOT NULL,
	`list_date` text NOT NULL,
	`row_count` integer NOT NULL,
	`rejected_count` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `supervision_visits` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`visit_date` text NOT NULL,
	`facility_code` text NOT NULL,
	`facilitator_id` text,
	`supervisor` text NOT NULL,
	`findings` text NOT NULL,
	`agreements` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
