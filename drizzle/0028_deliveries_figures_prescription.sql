-- The formula program reads a year of deliveries from the same covering index as the consolidated view: it needs the prescription too (issue 19).
DROP INDEX `deliveries_figures`;--> statement-breakpoint
CREATE INDEX `deliveries_figures` ON `deliveries` (`owner_site_id`,`delivery_date`,`cans_800`,`cans_1kg`,`prescription_id`) WHERE "deliveries"."deleted" = 0 AND "deliveries"."voided_at" IS NULL;