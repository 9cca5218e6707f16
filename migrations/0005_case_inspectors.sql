CREATE TABLE `case_inspectors` (
	`application_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`application_id`, `staff_id`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_inspectors_staff` ON `case_inspectors` (`staff_id`,`application_id`);--> statement-breakpoint
-- Existing cases: the officers named by each case's latest inspection assignment.
INSERT OR IGNORE INTO `case_inspectors` (`application_id`, `staff_id`, `position`)
SELECT e.application_id, j.value, j.key + 1
FROM application_events e, json_each(e.data_json, '$.inspectorIds') j
WHERE e.action = 'require_inspection' AND json_valid(e.data_json)
  AND e.id = (SELECT e2.id FROM application_events e2 WHERE e2.application_id = e.application_id
              AND e2.action = 'require_inspection' ORDER BY e2.at DESC LIMIT 1)
  AND EXISTS (SELECT 1 FROM staff_users u WHERE u.id = j.value);
--> statement-breakpoint
INSERT OR IGNORE INTO `case_inspectors` (`application_id`, `staff_id`, `position`)
SELECT id, assigned_inspector_id, 1 FROM applications WHERE assigned_inspector_id IS NOT NULL;
