CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`licence_id` text NOT NULL,
	`channel` text NOT NULL,
	`received_on` text NOT NULL,
	`summary` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`licence_id`) REFERENCES `licences`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_licence` ON `complaints` (`licence_id`,`received_on`);--> statement-breakpoint
ALTER TABLE `penalties` ADD `decision_number` text;--> statement-breakpoint
ALTER TABLE `penalties` ADD `created_by` text REFERENCES staff_users(id);