CREATE TABLE `checklist_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`number` integer NOT NULL,
	`items_json` text NOT NULL,
	`note` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_versions_kind_number` ON `checklist_versions` (`kind`,`number`);--> statement-breakpoint
CREATE TABLE `remote_inspections` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`applicant_id` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`company_name` text NOT NULL,
	`phone_masked` text NOT NULL,
	`contact_name` text NOT NULL,
	`address` text NOT NULL,
	`deadline_on` text NOT NULL,
	`appointment_on` text NOT NULL,
	`appointment_at` text NOT NULL,
	`checklist_version` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checklist_version`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `remote_inspections_case` ON `remote_inspections` (`application_id`,`state`);--> statement-breakpoint
CREATE INDEX `remote_inspections_county` ON `remote_inspections` (`jurisdiction_code`,`state`,`deadline_on`);--> statement-breakpoint
CREATE INDEX `remote_inspections_applicant` ON `remote_inspections` (`applicant_id`,`state`);--> statement-breakpoint
CREATE TABLE `remote_officers` (
	`inspection_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`inspection_id`, `staff_id`),
	FOREIGN KEY (`inspection_id`) REFERENCES `remote_inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `remote_officers_staff` ON `remote_officers` (`staff_id`,`inspection_id`);