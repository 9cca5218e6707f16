ALTER TABLE `applications` ADD `terminated_on` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `termination_ground` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `termination_reason` text;