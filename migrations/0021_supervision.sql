CREATE TABLE `compliance_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`rules_json` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `inspector_conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`staff_id` text NOT NULL,
	`licence_id` text NOT NULL,
	`reason` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`removed_at` text,
	`removed_by` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`licence_id`) REFERENCES `licences`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspector_conflicts_licence` ON `inspector_conflicts` (`licence_id`,`staff_id`);--> statement-breakpoint
CREATE TABLE `penalties` (
	`id` text PRIMARY KEY NOT NULL,
	`licence_id` text NOT NULL,
	`kind` text NOT NULL,
	`decided_on` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`licence_id`) REFERENCES `licences`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `penalties_licence` ON `penalties` (`licence_id`,`decided_on`);--> statement-breakpoint
CREATE TABLE `supervision_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`area_code` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`share_pct` real,
	`count` integer NOT NULL,
	`weighted` integer NOT NULL,
	`seed` integer NOT NULL,
	`rules_json` text NOT NULL,
	`population_size` integer NOT NULL,
	`population_hash` text NOT NULL,
	`snapshot_gz` text NOT NULL,
	`draw_text` text NOT NULL,
	`draw_hash` text NOT NULL,
	`skipped_json` text NOT NULL,
	`created_by` text NOT NULL,
	`created_on` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`area_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supervision_plans_area` ON `supervision_plans` (`area_code`,`created_on`);--> statement-breakpoint
ALTER TABLE `inspection_tasks` ADD `plan_id` text;--> statement-breakpoint
ALTER TABLE `inspection_tasks` ADD `licence_id` text;--> statement-breakpoint
CREATE INDEX `inspection_tasks_plan` ON `inspection_tasks` (`plan_id`);--> statement-breakpoint
CREATE INDEX `inspection_tasks_licence` ON `inspection_tasks` (`licence_id`,`state`);