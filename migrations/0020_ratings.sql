CREATE TABLE `rating_follow_ups` (
	`rating_id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`opened_on` text NOT NULL,
	`due_on` text NOT NULL,
	`reply` text,
	`replied_on` text,
	`replied_at` text,
	`replied_by` text,
	`replied_by_name` text,
	`resolution` text,
	`resolution_comment` text,
	`resolved_at` text,
	FOREIGN KEY (`rating_id`) REFERENCES `ratings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replied_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rating_follow_ups_county` ON `rating_follow_ups` (`jurisdiction_code`,`replied_on`,`due_on`);--> statement-breakpoint
CREATE TABLE `rating_platform_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`rating_id` text NOT NULL,
	`payload_json` text NOT NULL,
	`provider` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`last_error` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`rating_id`) REFERENCES `ratings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rating_platform_outbox_rating_id_unique` ON `rating_platform_outbox` (`rating_id`);--> statement-breakpoint
CREATE INDEX `rating_platform_due` ON `rating_platform_outbox` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `rating_reminders` (
	`application_id` text PRIMARY KEY NOT NULL,
	`sent_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`applicant_id` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`overall` text NOT NULL,
	`efficiency` text NOT NULL,
	`guide` text NOT NULL,
	`convenience` text NOT NULL,
	`ease` text NOT NULL,
	`comment` text,
	`attachment_id` text,
	`ended_on` text NOT NULL,
	`rated_on` text NOT NULL,
	`rated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`idempotency_key` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_application_id_unique` ON `ratings` (`application_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_idempotency_key_unique` ON `ratings` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `ratings_county` ON `ratings` (`jurisdiction_code`,`ended_on`);--> statement-breakpoint
CREATE INDEX `ratings_applicant` ON `ratings` (`applicant_id`);