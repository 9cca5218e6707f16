CREATE TABLE `inspection_records` (
	`task_id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`checklist_version` text NOT NULL,
	`items_json` text NOT NULL,
	`passed` integer NOT NULL,
	`notes` text NOT NULL,
	`arrived_at` text,
	`departed_at` text NOT NULL,
	`lat` real,
	`lng` real,
	`recorded_by` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `inspection_tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_records_idempotency_key_unique` ON `inspection_records` (`idempotency_key`);