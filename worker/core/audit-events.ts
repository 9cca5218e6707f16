/**
 * The fixed vocabulary of audit events: `<subject>_<action>[_<outcome>]`.
 * Handlers never write free-form event names.
 */
export const AUDIT_EVENTS = [
  'task_accepted',
  'task_started',
  'task_window_set',
  'task_reassigned',
  'task_cancelled',
  'task_recorded',
  'auth_sms_requested',
  'auth_sms_verify_success',
  'auth_sms_verify_failure',
  'auth_staff_login_success',
  'auth_staff_login_failure',
  'auth_logout',
  'applicant_realname_bound',
  'applicant_idnumber_revealed',
  'applicant_phone_revealed',
  'application_created',
  'application_updated',
  'application_draft_deleted',
  'application_transition',
  'application_read_admin',
  'evidence_read_admin',
  'application_list_read_admin',
  'licence_history_read_admin',
  'grid_capacity_overridden',
  'grid_capacity_recomputed',
  'grid_counts_repaired',
  'grids_imported',
  'layout_settings_changed',
  'retailers_imported',
  'schools_imported',
  'licence_cancelled_unresumed',
  'calendar_year_saved',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];
