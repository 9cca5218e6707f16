CREATE TABLE `task_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`task_id` text NOT NULL,
	`item_id` text NOT NULL,
	`device_key` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`r2_key` text NOT NULL,
	`taken_at` text,
	`lat` real,
	`lng` real,
	`source` text NOT NULL,
	`uploaded_by` text NOT NULL,
	`uploaded_at` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `inspection_tasks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_photos_device_key_unique` ON `task_photos` (`device_key`);--> statement-breakpoint
CREATE INDEX `task_photos_task` ON `task_photos` (`task_id`,`item_id`);--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `state` text DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `confirmed_by` text REFERENCES staff_users(id);--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `confirmed_at` text;--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `dispute_note` text;--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `signature_kind` text;--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `signer_name` text;--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `signature_refusal` text;--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `signature_json_key` text;--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `signature_png_key` text;--> statement-breakpoint
ALTER TABLE `inspection_records` ADD `signature_sha256` text;