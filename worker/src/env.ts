import type { InspectionRoom } from './durable-objects/inspection-room';
import type { LiveFeed } from './durable-objects/live-feed';

/** Bindings and configuration the worker runs with (wrangler.toml [vars] + secrets). */
export interface Env {
  DB: D1Database;
  EVIDENCE: R2Bucket;
  ASSETS: Fetcher;
  INSPECTION_ROOM: DurableObjectNamespace<InspectionRoom>;
  LIVE_FEED: DurableObjectNamespace<LiveFeed>;
  APP_ENV: string;
  DEV_OUTBOX: string;
  SMS_PROVIDER: string;
  REALNAME_PROVIDER: string;
  CITY_CODE: string;
  DEFAULT_LOCALE: string;
  SMS_CODE_TTL_SECONDS: string;
  SMS_RESEND_SECONDS: string;
  SMS_MAX_ATTEMPTS: string;
  SMS_PHONE_HOURLY_LIMIT: string;
  SMS_IP_HOURLY_LIMIT: string;
  LOGIN_MAX_FAILURES: string;
  LOGIN_LOCK_SECONDS: string;
  LOGIN_DELAY_SECONDS: string;
  ATTACHMENT_MAX_PENDING: string;
  ATTACHMENT_DAILY_BYTES: string;
  SESSION_TTL_HOURS: string;
  MAX_BODY_BYTES: string;
  REALNAME_DAILY_LIMIT?: string;
  REALNAME_IP_HOURLY_LIMIT?: string;
  /** Development and tests only: pins the app's date (YYYY-MM-DD); ignored in production. */
  XUKE_TODAY?: string;
  SESSION_SECRET: string;
  PII_KEY: string;
  SMS_API_URL?: string;
  SMS_API_KEY?: string;
  REALNAME_API_URL?: string;
  REALNAME_API_KEY?: string;
  /** `local` (the city's own data, default) or `tianditu` (secret TIANDITU_KEY). */
  GEOCODER_PROVIDER?: string;
  TIANDITU_KEY?: string;
  TIANDITU_API_URL?: string;
  GEOCODE_MINUTE_LIMIT?: string;
  GEOCODE_DAILY_LIMIT?: string;
  /** The bureau's key for e-licence verify tokens (HMAC-SHA256; base64 of 32+ random bytes). */
  ELICENCE_KEY?: string;
  /** Public verify requests per IP per minute. */
  VERIFY_IP_MINUTE_LIMIT?: string;
  TOKEN_IP_FAILURE_LIMIT?: string;
  TOKEN_PREFIX_FAILURE_LIMIT?: string;
  TOKEN_FAILURE_WINDOW_SECONDS?: string;
  /** Working days a unit has to reply to a bad rating (default 5). */
  RATING_FOLLOWUP_WORKING_DAYS?: string;
  /** `local` (records what would be sent, default) or `http` (RATING_PLATFORM_URL + secret key). */
  RATING_PLATFORM_PROVIDER?: string;
  RATING_PLATFORM_URL?: string;
  RATING_PLATFORM_KEY?: string;
  /** Web Push VAPID key pair (RFC 8292): uncompressed P-256 public key and private scalar d, base64url. */
  VAPID_PUBLIC_KEY?: string;
  VAPID_PRIVATE_KEY?: string;
  /** The VAPID `sub` claim: a mailto: or https: contact for the push services. */
  VAPID_SUBJECT?: string;
  /** Extra push hosts allowed besides the known push services (a local stand-in; never in production). */
  PUSH_EXTRA_HOSTS?: string;
  /** Hosts allowed to receive webhooks over http and on private addresses (a local receiver; never in production). */
  WEBHOOK_EXTRA_HOSTS?: string;
  /** The bureau's seal key for remote-inspection evidence (base64 PKCS#8 Ed25519 private key). */
  EVIDENCE_SEAL_KEY?: string;
  /** The seal's signature suite: `ed25519` (default); reserved for an SM2/SM3 suite. */
  EVIDENCE_SEAL_SUITE?: string;
  /** Media of remote inspections: `p2p` (default, no external service) or `cloudflare` (SFU). */
  REALTIME_PROVIDER?: string;
  /** STUN/TURN URLs for peer-to-peer calls, comma-separated (none: host candidates only). */
  REALTIME_ICE_URLS?: string;
  REALTIME_API_URL?: string;
  REALTIME_APP_ID?: string;
  /** Secret: the SFU app's token, used by the worker only. */
  REALTIME_APP_SECRET?: string;
  REALTIME_TURN_KEY_ID?: string;
  /** Secret: the TURN key's API token. */
  REALTIME_TURN_KEY_SECRET?: string;
}

/** Typed, parsed configuration. Missing secrets fail loudly rather than falling back. */
export interface Config {
  devOutbox: boolean;
  production: boolean;
  cityCode: string;
  smsCodeTtlSeconds: number;
  smsResendSeconds: number;
  smsMaxAttempts: number;
  smsPhoneHourlyLimit: number;
  smsIpHourlyLimit: number;
  loginMaxFailures: number;
  loginLockSeconds: number;
  loginDelaySeconds: number;
  attachmentMaxPending: number;
  attachmentDailyBytes: number;
  sessionTtlHours: number;
  maxBodyBytes: number;
  /** Real-name checks per applicant per day (each is a paid call and an identity oracle). */
  realnameDailyLimit: number;
  realnameIpHourlyLimit: number;
  /** Place searches per signed-in user per minute / per day (Tianditu keys have daily quotas). */
  geocodeMinuteLimit: number;
  geocodeDailyLimit: number;
  /** Public e-licence verify requests per client IP per minute (the page is open to anyone). */
  verifyIpMinuteLimit: number;
  /**
   * Failed API-token attempts (no token, a malformed, unknown, wrong or revoked one) allowed per
   * client IP and per token prefix (`xk_<id>`) within a window, before the system API answers
   * TOKEN_THROTTLED until the window, which starts at the first failure, is over.
   */
  tokenIpFailureLimit: number;
  tokenPrefixFailureLimit: number;
  tokenFailureWindowSeconds: number;
  /** Working days a unit has to reply in writing to a bad rating (好差评 follow-up). */
  ratingFollowUpWorkingDays: number;
  /** Hosts allowed as push endpoints besides the known push services (tests' stand-in). */
  pushExtraHosts: string[];
  /** Hosts allowed to receive webhooks over http (tests' stand-in receiver). */
  webhookExtraHosts: string[];
}

function int(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

/** Reads the configuration from the environment, with the documented defaults. */
export function config(env: Env): Config {
  return {
    devOutbox: env.DEV_OUTBOX === 'true',
    production: env.APP_ENV === 'production',
    cityCode: env.CITY_CODE || '370700',
    smsCodeTtlSeconds: int(env.SMS_CODE_TTL_SECONDS, 300),
    smsResendSeconds: int(env.SMS_RESEND_SECONDS, 60),
    smsMaxAttempts: int(env.SMS_MAX_ATTEMPTS, 5),
    smsPhoneHourlyLimit: int(env.SMS_PHONE_HOURLY_LIMIT, 5),
    smsIpHourlyLimit: int(env.SMS_IP_HOURLY_LIMIT, 20),
    loginMaxFailures: int(env.LOGIN_MAX_FAILURES, 5),
    loginLockSeconds: int(env.LOGIN_LOCK_SECONDS, 900),
    loginDelaySeconds: int(env.LOGIN_DELAY_SECONDS, 5),
    attachmentMaxPending: int(env.ATTACHMENT_MAX_PENDING, 30),
    attachmentDailyBytes: int(env.ATTACHMENT_DAILY_BYTES, 50 * 1024 * 1024),
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 12),
    maxBodyBytes: int(env.MAX_BODY_BYTES, 65536),
    realnameDailyLimit: int(env.REALNAME_DAILY_LIMIT, 5),
    realnameIpHourlyLimit: int(env.REALNAME_IP_HOURLY_LIMIT, 20),
    geocodeMinuteLimit: int(env.GEOCODE_MINUTE_LIMIT, 30),
    geocodeDailyLimit: int(env.GEOCODE_DAILY_LIMIT, 500),
    verifyIpMinuteLimit: int(env.VERIFY_IP_MINUTE_LIMIT, 30),
    tokenIpFailureLimit: int(env.TOKEN_IP_FAILURE_LIMIT, 30),
    tokenPrefixFailureLimit: int(env.TOKEN_PREFIX_FAILURE_LIMIT, 10),
    tokenFailureWindowSeconds: int(env.TOKEN_FAILURE_WINDOW_SECONDS, 900),
    ratingFollowUpWorkingDays: int(env.RATING_FOLLOWUP_WORKING_DAYS, 5),
    pushExtraHosts: extraHosts(env, env.PUSH_EXTRA_HOSTS),
    webhookExtraHosts: extraHosts(env, env.WEBHOOK_EXTRA_HOSTS),
  };
}

/** A comma-separated list of stand-in hosts, ignored in production. */
function extraHosts(env: Env, list: string | undefined): string[] {
  if (env.APP_ENV === 'production') return [];
  return (list ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}
