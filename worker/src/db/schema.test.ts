/**
 * The enum columns of the D1 schema take their values from core's vocabularies. If a column
 * ever gets its own literal list again, this fails as soon as the two lists differ.
 */
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../../core/application-state';
import { ATTACHMENT_KINDS } from '../../core/attachments';
import { BUSINESS_TYPES, LICENCE_STATUSES } from '../../core/business-types';
import { LOCATION_CLASSES } from '../../core/capacity';
import { GRID_KINDS, SCHOOL_KINDS } from '../../core/layout-kinds';
import { CONSENT_PURPOSES } from '../../core/privacy';
import { JURISDICTION_KINDS } from '../../core/regions';
import { ACTOR_KINDS, AUDIT_ACTOR_KINDS, PRINCIPAL_KINDS, STAFF_ROLES } from '../../core/roles';
import * as schema from './schema';

describe('enum columns', () => {
  it.each([
    ['applications.type', schema.applications.type, BUSINESS_TYPES],
    ['applications.status', schema.applications.status, APPLICATION_STATUSES],
    ['application_events.actor_kind', schema.applicationEvents.actorKind, ACTOR_KINDS],
    ['attachments.kind', schema.attachments.kind, ATTACHMENT_KINDS],
    ['jurisdictions.kind', schema.jurisdictions.kind, JURISDICTION_KINDS],
    ['staff_users.role', schema.staffUsers.role, STAFF_ROLES],
    ['sessions.principal_kind', schema.sessions.principalKind, PRINCIPAL_KINDS],
    ['audit_log.actor_kind', schema.auditLog.actorKind, AUDIT_ACTOR_KINDS],
    ['grids.kind', schema.grids.kind, GRID_KINDS],
    ['grids.location_class', schema.grids.locationClass, LOCATION_CLASSES],
    ['licences.status', schema.licences.status, LICENCE_STATUSES],
    ['schools.kind', schema.schools.kind, SCHOOL_KINDS],
    ['consents.purpose', schema.consents.purpose, CONSENT_PURPOSES],
  ] as const)('%s is core’s list', (_name, column, values) => {
    expect(column.enumValues).toEqual([...values]);
  });
});
