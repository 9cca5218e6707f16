/**
 * A licence as the workbench shows it (许可证详情), found through 跨系统查询 or the map: the
 * register's facts, and the cases about it that the caller may read.
 */
import type { ApplicationStatus } from './application-state';
import type { BusinessType, LicenceStatus } from './business-types';

export interface StaffLicenceView {
  licence: {
    id: string;
    number: string;
    shopName: string;
    holderName: string;
    /** Masked (138****0000): the full number is revealed on a case, with a reason. */
    holderPhone: string | null;
    creditCode: string | null;
    address: string | null;
    county: string;
    status: LicenceStatus;
    issuedOn: string;
    expiresOn: string;
    suspendedFrom: string | null;
    suspendedUntil: string | null;
  };
  cases: {
    id: string;
    ref: string;
    type: BusinessType;
    status: ApplicationStatus;
    submittedOn: string | null;
    decidedOn: string | null;
  }[];
}
