DROP INDEX `applications_queue`;--> statement-breakpoint
CREATE INDEX `applications_queue` ON `applications` (`jurisdiction_code`,`status`,`deadline`,`submitted_on`,`ref`,`id`);