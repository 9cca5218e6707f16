CREATE TABLE `inspection_tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`application_id` text,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`place_name` text NOT NULL,
	`address` text NOT NULL,
	`lat` real,
	`lng` real,
	`checklist_version` text NOT NULL,
	`assigned_on` text NOT NULL,
	`due_on` text NOT NULL,
	`window_on` text,
	`window_from` text,
	`window_to` text,
	`started_at` text,
	`start_lat` real,
	`start_lng` real,
	`finished_at` text,
	`passed` integer,
	`cancel_reason` text,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_tasks_case` ON `inspection_tasks` (`application_id`,`state`);--> statement-breakpoint
CREATE INDEX `inspection_tasks_county` ON `inspection_tasks` (`jurisdiction_code`,`state`,`due_on`);--> statement-breakpoint
CREATE TABLE `task_officers` (
	`task_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`position` integer NOT NULL,
	`accepted_at` text,
	PRIMARY KEY(`task_id`, `staff_id`),
	FOREIGN KEY (`task_id`) REFERENCES `inspection_tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `task_officers_staff` ON `task_officers` (`staff_id`,`task_id`);