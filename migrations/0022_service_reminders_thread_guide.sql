CREATE TABLE `case_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`author_kind` text NOT NULL,
	`author_id` text NOT NULL,
	`author_name` text NOT NULL,
	`body` text NOT NULL,
	`attachment_id` text,
	`read_at` text,
	`idempotency_key` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_messages_idempotency_key_unique` ON `case_messages` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `case_messages_case` ON `case_messages` (`application_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `case_messages_unread` ON `case_messages` (`author_kind`,`read_at`);--> statement-breakpoint
CREATE TABLE `guide_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`version` integer NOT NULL,
	`content_json` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_by_name` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `guide_versions_type_version` ON `guide_versions` (`type`,`version`);--> statement-breakpoint
CREATE TABLE `push_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`applicant_id` text NOT NULL,
	`endpoint` text NOT NULL,
	`p256dh` text NOT NULL,
	`auth` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `push_subscriptions_endpoint_unique` ON `push_subscriptions` (`endpoint`);--> statement-breakpoint
CREATE INDEX `push_subscriptions_applicant` ON `push_subscriptions` (`applicant_id`);--> statement-breakpoint
CREATE TABLE `reminders_sent` (
	`key` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`applicant_id` text NOT NULL,
	`due_on` text NOT NULL,
	`sent_at` text NOT NULL,
	`pushed` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reminders_sent_applicant` ON `reminders_sent` (`applicant_id`,`sent_at`);