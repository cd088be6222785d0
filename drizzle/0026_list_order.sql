-- The lists' order (issue 19): a page walks an index instead of sorting every row; deliveries' date index gains the rest of that order (a range over the date reads it as before).
DROP INDEX `deliveries_date`;--> statement-breakpoint
CREATE INDEX `deliveries_date` ON `deliveries` (`delivery_date`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `caregivers_list_order` ON `caregivers` (`last_names`,`first_names`,`id`) WHERE "caregivers"."deleted" = 0;--> statement-breakpoint
CREATE INDEX `infants_list_order` ON `infants` (`last_names`,`first_names`,`id`) WHERE "infants"."deleted" = 0;--> statement-breakpoint
CREATE INDEX `prescriptions_list_order` ON `prescriptions` (`prescription_date`,`id`) WHERE "prescriptions"."deleted" = 0;