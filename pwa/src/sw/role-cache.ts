/**
 * The part of the service worker that keeps a role's chunks (see to-cache.ts). Workbox
 * precaches the shell; this keeps, in one cache per build:
 *
 * - the signed-in role's chunks, fetched when the page sends {type: 'CACHE_ROLE', role} (after
 *   sign-in, and at every start with a known user), so its screens open offline from then on;
 * - map engines, kept the first time they are fetched (firstUse);
 *
 * and answers those files from that cache. A new version installs with the same role's new
 * chunks (read from the previous version's cache), so accepting an update never leaves the
 * device without its screens; the older caches go once it activates.
 *
 * `installRoleCache` is written into the generated sw-roles-*.js as source text
 * (Function.prototype.toString), so it must not use anything from outside its own body.
 */

export interface RoleCacheConfig {
  /** This build's cache, `xuke-chunks-<hash>`; other caches starting with `prefix` are older. */
  cacheName: string;
  prefix: string;
  /** Paths from the site root, e.g. `/assets/staff-app-abc.js`. */
  roles: Record<string, string[]>;
  firstUse: string[];
}

/** The service worker's events and global scope, as much as this uses (fakes in the tests). */
export interface LifecycleEvent {
  waitUntil(p: Promise<unknown>): void;
}
export interface MessageEventLike extends LifecycleEvent {
  data: unknown;
  ports: readonly { postMessage(message: unknown): void }[];
}
export interface FetchEventLike {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
export interface SwScope {
  location: { origin: string };
  caches: Pick<CacheStorage, 'open' | 'keys' | 'delete'>;
  fetch(input: string | Request): Promise<Response>;
  addEventListener(type: 'install' | 'activate', listener: (e: LifecycleEvent) => void): void;
  addEventListener(type: 'message', listener: (e: MessageEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEventLike) => void): void;
}

export function installRoleCache(sw: SwScope, cfg: RoleCacheConfig): void {
  /** Remembers, inside the cache, whose chunks it holds. Never requested by the page. */
  const ROLE_KEY = '/__xuke/cached-role';
  const firstUse = new Set(cfg.firstUse);
  const known = new Set(cfg.firstUse);
  for (const files of Object.values(cfg.roles)) for (const f of files) known.add(f);

  // The single-page fallback answers a missing file with index.html: never keep that as code.
  const usable = (res: Response | null): res is Response =>
    !!res && res.ok && !(res.headers.get('content-type') ?? '').includes('text/html');
  const pathOf = (url: string) => new URL(url, sw.location.origin).pathname;

  async function cacheRole(role: string): Promise<number> {
    const want = cfg.roles[role];
    if (!want) return 0;
    const cache = await sw.caches.open(cfg.cacheName);
    const have = new Set((await cache.keys()).map((r) => pathOf(r.url)));
    // Another role's code leaves the device (a shared phone); what was used on it stays.
    const keep = new Set([...want, ...cfg.firstUse, ROLE_KEY]);
    await Promise.all([...have].filter((p) => !keep.has(p)).map((p) => cache.delete(p)));
    let added = 0;
    await Promise.all(
      want
        .filter((p) => !have.has(p))
        .map(async (p) => {
          const res = await sw.fetch(p).catch(() => null);
          if (!usable(res)) return; // offline or refused: the next start asks again
          await cache.put(p, res);
          added++;
        }),
    );
    await cache.put(ROLE_KEY, new Response(role));
    return added;
  }

  /** The role the previous version kept, if any (its cache is the newest older one). */
  async function previousRole(): Promise<string | null> {
    const older = (await sw.caches.keys()).filter(
      (k) => k.startsWith(cfg.prefix) && k !== cfg.cacheName,
    );
    for (const name of older.reverse()) {
      const hit = await (await sw.caches.open(name)).match(ROLE_KEY);
      if (hit) return hit.text();
    }
    return null;
  }

  async function answer(req: Request, path: string): Promise<Response> {
    const cache = await sw.caches.open(cfg.cacheName);
    const hit = await cache.match(path);
    if (hit) return hit;
    const res = await sw.fetch(req);
    if (firstUse.has(path) && usable(res)) await cache.put(path, res.clone());
    return res;
  }

  sw.addEventListener('install', (e) => {
    e.waitUntil(
      previousRole()
        .then((role) => (role ? cacheRole(role) : 0))
        .catch(() => 0), // never fail the install over this: the page asks again at start
    );
  });

  sw.addEventListener('activate', (e) => {
    e.waitUntil(
      sw.caches
        .keys()
        .then((names) =>
          Promise.all(
            names
              .filter((k) => k.startsWith(cfg.prefix) && k !== cfg.cacheName)
              .map((k) => sw.caches.delete(k)),
          ),
        ),
    );
  });

  sw.addEventListener('message', (e) => {
    const data: unknown = e.data;
    if (typeof data !== 'object' || data === null) return;
    const msg = data as { type?: unknown; role?: unknown };
    if (msg.type !== 'CACHE_ROLE' || typeof msg.role !== 'string') return;
    const role = msg.role;
    const port = e.ports[0];
    e.waitUntil(
      cacheRole(role).then(
        (added) => port?.postMessage({ type: 'ROLE_CACHED', role, added }),
        () => port?.postMessage({ type: 'ROLE_CACHED', role, added: 0 }),
      ),
    );
  });

  sw.addEventListener('fetch', (e) => {
    if (e.request.method !== 'GET') return;
    const url = new URL(e.request.url);
    if (url.origin !== sw.location.origin || !known.has(url.pathname)) return;
    e.respondWith(answer(e.request, url.pathname));
  });
}

/** The generated script: the function above, called with this build's lists. */
export function roleCacheScript(cfg: RoleCacheConfig): string {
  return `// Generated by the build (pwa/src/sw/role-cache.ts): this build's chunks per role.\n(${installRoleCache.toString()})(self, ${JSON.stringify(cfg)});\n`;
}
