CREATE TABLE `designated_staff` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`full_name` text NOT NULL,
	`profession` text NOT NULL,
	`role` text NOT NULL,
	`designated_on` text NOT NULL,
	`ended_on` text,
	`document` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `group_members` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`group_id` text NOT NULL,
	`first_names` text NOT NULL,
	`last_names` text NOT NULL,
	`search_name` text NOT NULL,
	`national_id` text,
	`member_type` text NOT NULL,
	`age` integer,
	`child_age_months` integer,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`joined_on` text NOT NULL,
	`left_on` text,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`group_id`) REFERENCES `support_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_members_group` ON `group_members` (`group_id`);--> statement-breakpoint
CREATE TABLE `group_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`group_id` text NOT NULL,
	`status` text NOT NULL,
	`session_date` text NOT NULL,
	`session_time` text DEFAULT '' NOT NULL,
	`place` text NOT NULL,
	`topic` text NOT NULL,
	`facilitator_lead_mother_id` text,
	`facilitator_staff` text DEFAULT '' NOT NULL,
	`moments` text DEFAULT '{}' NOT NULL,
	`agreements` text DEFAULT '' NOT NULL,
	`confidential_notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`group_id`) REFERENCES `support_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_sessions_group_date` ON `group_sessions` (`group_id`,`session_date`);--> statement-breakpoint
CREATE TABLE `his_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`activity` text NOT NULL,
	`code` text NOT NULL,
	`description` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `implementation_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`sections` text NOT NULL,
	`status` text NOT NULL,
	`agreed_on` text,
	`approved_on` text,
	`approved_by` text,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `key_actors` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`full_name` text NOT NULL,
	`organisation` text NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`community` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `lead_mother_recognitions` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`lead_mother_id` text NOT NULL,
	`received_on` text NOT NULL,
	`description` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`lead_mother_id`) REFERENCES `lead_mothers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `lead_mothers` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`first_names` text NOT NULL,
	`last_names` text NOT NULL,
	`national_id` text,
	`phone` text DEFAULT '' NOT NULL,
	`community` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`profile` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`selected_on` text,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE INDEX `lead_mothers_status` ON `lead_mothers` (`status`);--> statement-breakpoint
CREATE TABLE `minutes_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`meeting_date` text NOT NULL,
	`place` text NOT NULL,
	`participants` text NOT NULL,
	`agreements` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `plan_activities` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`plan_id` text NOT NULL,
	`activity` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`responsible` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`plan_id`) REFERENCES `implementation_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_activities_plan` ON `plan_activities` (`plan_id`);--> statement-breakpoint
CREATE TABLE `plan_budget_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`plan_id` text NOT NULL,
	`item` text NOT NULL,
	`amount` real NOT NULL,
	`financing` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`plan_id`) REFERENCES `implementation_plans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_budget_lines_plan` ON `plan_budget_lines` (`plan_id`);--> statement-breakpoint
CREATE TABLE `session_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`session_id` text NOT NULL,
	`member_id` text NOT NULL,
	`present` integer NOT NULL,
	`absence_reason` text DEFAULT '' NOT NULL,
	`justified` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`session_id`) REFERENCES `group_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `group_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_attendance_unique` ON `session_attendance` (`session_id`,`member_id`) WHERE "session_attendance"."deleted" = 0;--> statement-breakpoint
CREATE TABLE `support_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`name` text NOT NULL,
	`formed_on` text NOT NULL,
	`lead_mother_ids` text NOT NULL,
	`rules` text DEFAULT '' NOT NULL,
	`place` text NOT NULL,
	`meeting_day` text DEFAULT '' NOT NULL,
	`meeting_time` text DEFAULT '' NOT NULL,
	`periodicity_days` integer NOT NULL,
	`topics` text DEFAULT '' NOT NULL,
	`community` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `training_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`session_id` text NOT NULL,
	`lead_mother_id` text NOT NULL,
	`present` integer NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_mother_id`) REFERENCES `lead_mothers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_attendance_unique` ON `training_attendance` (`session_id`,`lead_mother_id`) WHERE "training_attendance"."deleted" = 0;--> statement-breakpoint
CREATE TABLE `training_courses` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`name` text NOT NULL,
	`modality` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`starts_on` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE TABLE `training_enrolments` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`course_id` text NOT NULL,
	`lead_mother_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_mother_id`) REFERENCES `lead_mothers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_enrolments_unique` ON `training_enrolments` (`course_id`,`lead_mother_id`) WHERE "training_enrolments"."deleted" = 0;--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_site_id` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`course_id` text NOT NULL,
	`topic_number` integer NOT NULL,
	`topic` text NOT NULL,
	`hours` real NOT NULL,
	`session_date` text,
	`make_up` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`course_id`) REFERENCES `training_courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_sessions_course` ON `training_sessions` (`course_id`);