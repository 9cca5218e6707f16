/**
 * API tokens (接口令牌) for system-to-system access: the bureau's sales, distribution and
 * internal-management systems, or anything else an admin lets in. A token names what it may do
 * (scopes) and where (counties); the secret is shown once and only its SHA-256 is kept.
 */
import { z } from 'zod';
import { plainText } from './fields';

/** What a token may do. New scopes are added here and nowhere else. */
export const API_SCOPES = ['imports:write', 'licences:read', 'cases:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, { zh: string; en: string }> = {
  'imports:write': {
    zh: '写入外部系统数据（营销、配送、内管）',
    en: 'Write records from other systems',
  },
  'licences:read': { zh: '读取许可证信息', en: 'Read licences' },
  'cases:read': { zh: '读取办件信息', en: 'Read cases' },
};

/** A token as the access rule sees it: a principal with scopes and counties. */
export interface TokenWho {
  kind: 'token';
  id: string;
  scopes: readonly ApiScope[];
  /** County-level unit codes (the city code expanded when the token was created). */
  counties: readonly string[];
}

/** The prefix that tells a token apart in logs and config files (`xk_<id>_<secret>`). */
export const TOKEN_PREFIX = 'xk_';

/** `xk_<id>_<secret>` → its parts, or null when it is not shaped like one of ours. */
export function splitToken(raw: string): { id: string; secret: string } | null {
  const m = /^xk_([A-Za-z0-9]{8,32})_([A-Za-z0-9_-]{32,64})$/.exec(raw);
  return m ? { id: m[1] as string, secret: m[2] as string } : null;
}

export const tokenCreateSchema = z.object({
  name: plainText(1, 60),
  scopes: z.array(z.enum(API_SCOPES)).min(1).max(API_SCOPES.length),
  /** Jurisdiction codes (a county, or the city for all of them). */
  jurisdictions: z
    .array(z.string().regex(/^\d{6}$/))
    .min(1)
    .max(20),
});
export type TokenCreate = z.infer<typeof tokenCreateSchema>;

/** A token as the admin screen lists it (never the secret nor its hash). */
export interface ApiTokenView {
  id: string;
  name: string;
  scopes: ApiScope[];
  jurisdictions: string[];
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
