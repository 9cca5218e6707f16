export const root: string;
export const CLIENTS: number;
export const SECONDS: number;
export function startApp(o: {
  port: string;
  db: string;
  clearSql?: string;
  waitSeconds?: number;
}): Promise<{ base: string; persist: string; stop: () => void }>;
export function cookieOf(res: Response): string;
export function staffCookie(base: string, username: string): Promise<string>;
export function applicantCookie(base: string, phone: string): Promise<string>;
export function pct(sorted: number[], p: number): number;
export interface LoadResult {
  name: string;
  n: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}
export function load(
  name: string,
  makeRequest: (k: number) => Promise<Response>,
  width?: number,
): Promise<LoadResult>;
