CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`applicant_id` text NOT NULL,
	`application_id` text,
	`kind` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`r2_key` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_applicant` ON `attachments` (`applicant_id`);--> statement-breakpoint
CREATE INDEX `attachments_application` ON `attachments` (`application_id`);--> statement-breakpoint
CREATE TABLE `batch_assertions` (
	`label` text NOT NULL,
	`ok` integer NOT NULL,
	CONSTRAINT "batch_assertion_holds" CHECK("batch_assertions"."ok" = 1)
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`applicant_id` text NOT NULL,
	`application_id` text,
	`template` text NOT NULL,
	`title_zh` text NOT NULL,
	`body_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`body_en` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`read_at` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_applicant` ON `notifications` (`applicant_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `applications` ADD `grid_id` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `layout_override_reason` text;