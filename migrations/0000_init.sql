CREATE TABLE `applicants` (
	`id` text PRIMARY KEY NOT NULL,
	`phone` text NOT NULL,
	`real_name_verified` integer DEFAULT false NOT NULL,
	`name` text,
	`id_number_enc` text,
	`id_number_hash` text,
	`id_number_masked` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applicants_phone_unique` ON `applicants` (`phone`);--> statement-breakpoint
CREATE TABLE `application_events` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text,
	`data_json` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_events_app` ON `application_events` (`application_id`,`at`);--> statement-breakpoint
CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`ref` text NOT NULL,
	`applicant_id` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`licence_id` text,
	`shop_name` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`lat` real,
	`lng` real,
	`form_json` text DEFAULT '{}' NOT NULL,
	`submitted_on` text,
	`accepted_on` text,
	`decided_on` text,
	`delivered_on` text,
	`deadline` text,
	`extended` integer DEFAULT false NOT NULL,
	`correction_requested` integer DEFAULT false NOT NULL,
	`assigned_inspector_id` text,
	`idempotency_key` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`licence_id`) REFERENCES `licences`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_inspector_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_ref_unique` ON `applications` (`ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `applications_idempotency_key_unique` ON `applications` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `applications_applicant` ON `applications` (`applicant_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `applications_queue` ON `applications` (`jurisdiction_code`,`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `applications_deadline` ON `applications` (`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `applications_inspector` ON `applications` (`assigned_inspector_id`,`status`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_id` text,
	`event` text NOT NULL,
	`subject_type` text,
	`subject_id` text,
	`request_id` text,
	`ip` text,
	`detail_json` text
);
--> statement-breakpoint
CREATE INDEX `audit_subject` ON `audit_log` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `audit_actor` ON `audit_log` (`actor_kind`,`actor_id`);--> statement-breakpoint
CREATE TABLE `calendar_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`holidays_json` text NOT NULL,
	`makeup_json` text NOT NULL,
	`source` text
);
--> statement-breakpoint
CREATE TABLE `grids` (
	`id` text PRIMARY KEY NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`kind` text NOT NULL,
	`h3_res` integer,
	`polygon_geojson` text,
	`population` integer DEFAULT 0 NOT NULL,
	`location_class` text DEFAULT 'urban' NOT NULL,
	`consumption_index` real DEFAULT 1 NOT NULL,
	`operating_cost_index` real DEFAULT 1 NOT NULL,
	`capacity_computed` integer DEFAULT 0 NOT NULL,
	`capacity_override` integer,
	`override_reason` text,
	`capacity` integer DEFAULT 0 NOT NULL,
	`retailer_count` integer DEFAULT 0 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grids_jurisdiction` ON `grids` (`jurisdiction_code`);--> statement-breakpoint
CREATE TABLE `jurisdictions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_code` text,
	`seat_lng` real NOT NULL,
	`seat_lat` real NOT NULL,
	`h3_res` integer DEFAULT 8 NOT NULL,
	`licence_pattern` text DEFAULT '{county}{year}{seq:5}' NOT NULL,
	`licence_seq` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `licences` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`holder_applicant_id` text,
	`holder_name` text NOT NULL,
	`shop_name` text NOT NULL,
	`credit_code` text,
	`premises_id` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`status` text NOT NULL,
	`issued_on` text NOT NULL,
	`expires_on` text NOT NULL,
	`suspended_from` text,
	`suspended_until` text,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`holder_applicant_id`) REFERENCES `applicants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`premises_id`) REFERENCES `premises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `licences_number_unique` ON `licences` (`number`);--> statement-breakpoint
CREATE INDEX `licences_holder` ON `licences` (`holder_applicant_id`);--> statement-breakpoint
CREATE INDEX `licences_jurisdiction_status` ON `licences` (`jurisdiction_code`,`status`);--> statement-breakpoint
CREATE INDEX `licences_expires` ON `licences` (`expires_on`);--> statement-breakpoint
CREATE TABLE `premises` (
	`id` text PRIMARY KEY NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`address` text NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`h3_cell` text NOT NULL,
	`grid_id` text NOT NULL,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `premises_grid` ON `premises` (`grid_id`);--> statement-breakpoint
CREATE INDEX `premises_jurisdiction` ON `premises` (`jurisdiction_code`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`principal_kind` text NOT NULL,
	`principal_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sessions_principal` ON `sessions` (`principal_kind`,`principal_id`);--> statement-breakpoint
CREATE TABLE `sms_codes` (
	`phone` text PRIMARY KEY NOT NULL,
	`code_hash` text NOT NULL,
	`sent_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sms_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`phone` text NOT NULL,
	`text` text NOT NULL,
	`provider` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sms_outbox_phone` ON `sms_outbox` (`phone`,`created_at`);--> statement-breakpoint
CREATE TABLE `staff_scopes` (
	`staff_id` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	PRIMARY KEY(`staff_id`, `jurisdiction_code`),
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jurisdiction_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`password_salt` text NOT NULL,
	`password_iterations` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_username_unique` ON `staff_users` (`username`);