CREATE TABLE `evidence_chunks` (
	`recording_id` text NOT NULL,
	`idx` integer NOT NULL,
	`offset` integer NOT NULL,
	`length` integer NOT NULL,
	`sha256` text NOT NULL,
	`chain` text NOT NULL,
	`path` text NOT NULL,
	`uploaded_at` text NOT NULL,
	PRIMARY KEY(`recording_id`, `idx`),
	FOREIGN KEY (`recording_id`) REFERENCES `evidence_recordings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `evidence_files` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`kind` text NOT NULL,
	`item_id` text,
	`party` text,
	`path` text NOT NULL,
	`sha256` text NOT NULL,
	`length` integer NOT NULL,
	`content_type` text NOT NULL,
	`at` text NOT NULL,
	`by` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `remote_inspections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_files_path` ON `evidence_files` (`inspection_id`,`path`);--> statement-breakpoint
CREATE TABLE `evidence_recordings` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`side` text NOT NULL,
	`mime_type` text NOT NULL,
	`started_at` text NOT NULL,
	`started_by` text NOT NULL,
	`chunk_count` integer DEFAULT 0 NOT NULL,
	`byte_count` integer DEFAULT 0 NOT NULL,
	`head` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `remote_inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_recordings_inspection` ON `evidence_recordings` (`inspection_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `evidence_seals` (
	`inspection_id` text PRIMARY KEY NOT NULL,
	`suite` text NOT NULL,
	`fingerprint` text NOT NULL,
	`signature` text NOT NULL,
	`manifest_sha256` text NOT NULL,
	`outcome` text NOT NULL,
	`sealed_at` text NOT NULL,
	`sealed_by` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `remote_inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sealed_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `remote_inspections` ADD `closed_at` text;--> statement-breakpoint
ALTER TABLE `remote_inspections` ADD `cancel_reason` text;