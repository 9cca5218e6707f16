CREATE TABLE `document_counters` (
	`bureau_code` text NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`bureau_code`, `kind`, `year`),
	FOREIGN KEY (`bureau_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `official_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`bureau_code` text NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`issued_on` text NOT NULL,
	`issued_at` text NOT NULL,
	`signer_id` text NOT NULL,
	`signer_name` text NOT NULL,
	`content_json` text NOT NULL,
	`content_hash` text NOT NULL,
	`licence_json` text,
	`supersedes_id` text,
	`superseded_by_id` text,
	`correction_reason` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bureau_code`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "official_documents_seq_positive" CHECK("official_documents"."seq" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `official_documents_number_unique` ON `official_documents` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `official_documents_seq` ON `official_documents` (`bureau_code`,`kind`,`year`,`seq`);--> statement-breakpoint
CREATE INDEX `official_documents_application` ON `official_documents` (`application_id`,`issued_at`);