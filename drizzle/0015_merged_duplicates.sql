ALTER TABLE `caregivers` ADD `merged_into_id` text;--> statement-breakpoint
ALTER TABLE `infants` ADD `merged_into_id` text;