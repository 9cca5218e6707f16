import type { Context } from 'hono';
import type { TokenWho } from '../core/api-tokens';
import type { Locale } from '../core/errors';
import type { StaffRole } from '../core/roles';
import type { Env } from './env';
import type { ApplicationRow } from './features/applications/applications.repo';

export interface ApplicantPrincipal {
  kind: 'applicant';
  id: string;
  phone: string;
}

export interface StaffPrincipal {
  kind: 'staff';
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** Jurisdiction codes as assigned (may include the city code). */
  assigned: string[];
  /** County-level unit codes the account covers, the city code expanded. */
  counties: string[];
  /** The password must be changed before anything else (core/staff-admin.ts). */
  passwordChangeDue: boolean;
}

export type Principal = ApplicantPrincipal | StaffPrincipal;

/** Hono's typed context for every route. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    requestId: string;
    locale: Locale;
    principal: Principal | null;
    sessionTokenHash: string | null;
    /** The case named by the path, loaded and access-checked by a case guard. */
    case?: ApplicationRow;
    /** The calling system's API token, set by `requireToken` (api-tokens.auth.ts). */
    token?: TokenWho;
  };
}

export type Ctx = Context<AppEnv>;
