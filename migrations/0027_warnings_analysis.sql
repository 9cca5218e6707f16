CREATE TABLE `analysis_cells` (
	`county` text NOT NULL,
	`type` text NOT NULL,
	`month` text NOT NULL,
	`cell_json` text NOT NULL,
	PRIMARY KEY(`county`, `type`, `month`)
);
--> statement-breakpoint
CREATE TABLE `analysis_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`built_on` text NOT NULL,
	`built_at` text NOT NULL,
	`promised_json` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `analysis_saturation` (
	`county` text NOT NULL,
	`month` text NOT NULL,
	`green` integer NOT NULL,
	`yellow` integer NOT NULL,
	`red` integer NOT NULL,
	`none` integer NOT NULL,
	`buckets_json` text NOT NULL,
	PRIMARY KEY(`county`, `month`)
);
--> statement-breakpoint
CREATE TABLE `grid_levels` (
	`grid_id` text PRIMARY KEY NOT NULL,
	`level` text NOT NULL,
	`previous_level` text,
	`changed_on` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `warnings` (
	`id` text PRIMARY KEY NOT NULL,
	`rule` text NOT NULL,
	`severity` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`object_kind` text NOT NULL,
	`object_id` text NOT NULL,
	`object_label` text NOT NULL,
	`assignee_id` text,
	`detail_json` text DEFAULT '{}' NOT NULL,
	`due_on` text,
	`first_seen_on` text NOT NULL,
	`seen_run` text NOT NULL,
	`resolved_at` text,
	`acknowledged_at` text,
	`acknowledged_by` text,
	`acknowledged_by_name` text,
	`ack_note` text,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`acknowledged_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `warnings_list` ON `warnings` (`resolved_at`,`jurisdiction_code`,`severity`,`due_on`);--> statement-breakpoint
CREATE INDEX `warnings_rule` ON `warnings` (`rule`,`resolved_at`,`jurisdiction_code`);--> statement-breakpoint
CREATE INDEX `warnings_assignee` ON `warnings` (`assignee_id`,`resolved_at`);