CREATE TABLE `applicant_requests` (
	`idempotency_key` text PRIMARY KEY NOT NULL,
	`applicant_id` text NOT NULL,
	`application_id` text NOT NULL,
	`action` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `consents` (
	`id` text PRIMARY KEY NOT NULL,
	`applicant_id` text NOT NULL,
	`application_id` text,
	`purpose` text NOT NULL,
	`notice_version` text NOT NULL,
	`promise` integer NOT NULL,
	`personal_info` integer NOT NULL,
	`sensitive_info` integer NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`request_id` text,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_applicant` ON `consents` (`applicant_id`,`at`);--> statement-breakpoint
CREATE INDEX `consents_application` ON `consents` (`application_id`);