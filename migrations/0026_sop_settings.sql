CREATE TABLE `case_opinions` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`level` text NOT NULL,
	`role` text NOT NULL,
	`staff_id` text NOT NULL,
	`staff_name` text NOT NULL,
	`proposal` text NOT NULL,
	`opinion` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_opinions_level` ON `case_opinions` (`application_id`,`level`);--> statement-breakpoint
CREATE INDEX `case_opinions_staff` ON `case_opinions` (`staff_id`);--> statement-breakpoint
CREATE TABLE `sop_versions` (
	`type` text NOT NULL,
	`version` integer NOT NULL,
	`rules_json` text NOT NULL,
	`note` text NOT NULL,
	`created_by` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`type`, `version`)
);
--> statement-breakpoint
ALTER TABLE `applications` ADD `sop_version` integer;--> statement-breakpoint
-- The first version of every type: the law's limits, decided by the approver alone.
INSERT INTO `sop_versions` (`type`, `version`, `rules_json`, `note`) VALUES ('new', 1, '{"steps":[{"step":"acceptance","role":"clerk","promisedDays":5},{"step":"decision","role":"approver","promisedDays":20},{"step":"delivery","role":"clerk","promisedDays":10}],"levels":[{"level":"decide","role":"approver"}]}', '法定时限，审批人一级决定');--> statement-breakpoint
INSERT INTO `sop_versions` (`type`, `version`, `rules_json`, `note`) VALUES ('renewal', 1, '{"steps":[{"step":"acceptance","role":"clerk","promisedDays":5},{"step":"decision","role":"approver","promisedDays":20},{"step":"delivery","role":"clerk","promisedDays":10}],"levels":[{"level":"decide","role":"approver"}]}', '法定时限，审批人一级决定');--> statement-breakpoint
INSERT INTO `sop_versions` (`type`, `version`, `rules_json`, `note`) VALUES ('change', 1, '{"steps":[{"step":"acceptance","role":"clerk","promisedDays":5},{"step":"decision","role":"approver","promisedDays":20},{"step":"delivery","role":"clerk","promisedDays":10}],"levels":[{"level":"decide","role":"approver"}]}', '法定时限，审批人一级决定');--> statement-breakpoint
INSERT INTO `sop_versions` (`type`, `version`, `rules_json`, `note`) VALUES ('suspension', 1, '{"steps":[{"step":"acceptance","role":"clerk","promisedDays":5},{"step":"decision","role":"approver","promisedDays":20},{"step":"delivery","role":"clerk","promisedDays":10}],"levels":[{"level":"decide","role":"approver"}]}', '法定时限，审批人一级决定');--> statement-breakpoint
INSERT INTO `sop_versions` (`type`, `version`, `rules_json`, `note`) VALUES ('resume', 1, '{"steps":[{"step":"acceptance","role":"clerk","promisedDays":5},{"step":"decision","role":"approver","promisedDays":20},{"step":"delivery","role":"clerk","promisedDays":10}],"levels":[{"level":"decide","role":"approver"}]}', '法定时限，审批人一级决定');--> statement-breakpoint
INSERT INTO `sop_versions` (`type`, `version`, `rules_json`, `note`) VALUES ('reissue', 1, '{"steps":[{"step":"acceptance","role":"clerk","promisedDays":5},{"step":"decision","role":"approver","promisedDays":20},{"step":"delivery","role":"clerk","promisedDays":10}],"levels":[{"level":"decide","role":"approver"}]}', '法定时限，审批人一级决定');--> statement-breakpoint
INSERT INTO `sop_versions` (`type`, `version`, `rules_json`, `note`) VALUES ('closure', 1, '{"steps":[{"step":"acceptance","role":"clerk","promisedDays":5},{"step":"decision","role":"approver","promisedDays":20},{"step":"delivery","role":"clerk","promisedDays":10}],"levels":[{"level":"decide","role":"approver"}]}', '法定时限，审批人一级决定');--> statement-breakpoint
-- Versions and opinions are records: never rewritten (a change is a new version).
CREATE TRIGGER `sop_versions_no_update` BEFORE UPDATE ON `sop_versions`
BEGIN SELECT RAISE(ABORT, 'sop_versions is append-only'); END;--> statement-breakpoint
CREATE TRIGGER `case_opinions_no_update` BEFORE UPDATE ON `case_opinions`
BEGIN SELECT RAISE(ABORT, 'case_opinions is append-only'); END;
