CREATE TABLE `layout_settings` (
	`id` text PRIMARY KEY NOT NULL,
	`settings_json` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `schools` (
	`id` text PRIMARY KEY NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `schools_lat_lng` ON `schools` (`lat`,`lng`);--> statement-breakpoint
ALTER TABLE `grids` ADD `min_lng` real;--> statement-breakpoint
ALTER TABLE `grids` ADD `min_lat` real;--> statement-breakpoint
ALTER TABLE `grids` ADD `max_lng` real;--> statement-breakpoint
ALTER TABLE `grids` ADD `max_lat` real;--> statement-breakpoint
ALTER TABLE `grids` ADD `name` text;--> statement-breakpoint
CREATE INDEX `grids_polygon_bbox` ON `grids` (`kind`,`min_lat`,`max_lat`);--> statement-breakpoint
CREATE INDEX `applications_grid` ON `applications` (`grid_id`,`status`);--> statement-breakpoint
CREATE INDEX `licences_premises` ON `licences` (`premises_id`,`status`);--> statement-breakpoint
CREATE INDEX `premises_lat_lng` ON `premises` (`lat`,`lng`);