ALTER TABLE `staff_users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `staff_users` ADD `password_changed_at` text;--> statement-breakpoint
ALTER TABLE `staff_users` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_event` ON `audit_log` (`event`);