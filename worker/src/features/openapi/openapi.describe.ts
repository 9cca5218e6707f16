/** The shape of a route's hand-written line in the OpenAPI document. */
import type { ErrorCode } from '../../../core/errors';

export interface RouteDescription {
  zh: string;
  en: string;
  /** Open to anyone: no guard runs, by design. */
  public?: boolean;
  /** Codes the handler itself answers, beyond those of its guard and validators. */
  errors?: readonly ErrorCode[];
  /** The media type of a raw (non-JSON) upload body. */
  upload?: string;
  /** The media type answered when it is not JSON (a PDF, a CSV, a tile). */
  answersType?: string;
  status?: '200' | '201' | '204' | '101';
  /** System-to-system: an API token (`Authorization: Bearer …`) with this scope, no session. */
  token?: string;
}

/** A description, shortened for the tables below. */
export const d = (
  zh: string,
  en: string,
  more: Omit<RouteDescription, 'zh' | 'en'> = {},
): RouteDescription => ({ zh, en, ...more });
