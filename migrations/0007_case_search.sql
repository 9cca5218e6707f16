CREATE TABLE `case_search_keys` (
	`key` text NOT NULL,
	`application_id` text NOT NULL,
	PRIMARY KEY(`key`, `application_id`)
);
--> statement-breakpoint
CREATE INDEX `case_search_keys_app` ON `case_search_keys` (`application_id`);--> statement-breakpoint
CREATE TABLE `case_search_terms` (
	`term` text NOT NULL,
	`application_id` text NOT NULL,
	`field` integer NOT NULL,
	`pos` integer NOT NULL,
	PRIMARY KEY(`term`, `application_id`, `field`, `pos`)
);
--> statement-breakpoint
CREATE INDEX `case_search_terms_app` ON `case_search_terms` (`application_id`);--> statement-breakpoint
CREATE TABLE `search_fold` (
	`ch` text PRIMARY KEY NOT NULL,
	`folded` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `search_positions` (
	`n` integer PRIMARY KEY NOT NULL
);
