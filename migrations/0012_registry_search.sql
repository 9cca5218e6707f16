CREATE TABLE `registry_search_keys` (
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`object_id` text NOT NULL,
	PRIMARY KEY(`key`, `kind`, `object_id`)
);
--> statement-breakpoint
CREATE INDEX `registry_search_keys_object` ON `registry_search_keys` (`kind`,`object_id`);--> statement-breakpoint
CREATE TABLE `registry_search_terms` (
	`term` text NOT NULL,
	`kind` text NOT NULL,
	`object_id` text NOT NULL,
	`field` integer NOT NULL,
	`pos` integer NOT NULL,
	PRIMARY KEY(`term`, `kind`, `object_id`, `field`, `pos`)
);
--> statement-breakpoint
CREATE INDEX `registry_search_terms_object` ON `registry_search_terms` (`kind`,`object_id`);