/**
 * The generated sw-roles script, run exactly as the build writes it (roleCacheScript) against
 * a small in-memory Cache Storage and network: proves the lists, the role switch, the update
 * hand-over, and that the function needs nothing from outside its own body.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  roleCacheScript,
  type FetchEventLike,
  type LifecycleEvent,
  type MessageEventLike,
  type RoleCacheConfig,
} from './role-cache';

const ORIGIN = 'https://xuke.test';
const path = (key: string | Request) =>
  new URL(typeof key === 'string' ? key : key.url, ORIGIN).pathname;

class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(key: string | Request) {
    return this.entries.get(path(key))?.clone();
  }
  async put(key: string | Request, res: Response) {
    this.entries.set(path(key), res);
  }
  async delete(key: string | Request) {
    return this.entries.delete(path(key));
  }
  async keys() {
    return [...this.entries.keys()].map((p) => new Request(ORIGIN + p));
  }
}

class FakeCaches {
  readonly byName = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.byName.has(name)) this.byName.set(name, new FakeCache());
    return this.byName.get(name)!;
  }
  async keys() {
    return [...this.byName.keys()];
  }
  async delete(name: string) {
    return this.byName.delete(name);
  }
  paths(name: string) {
    return [...(this.byName.get(name)?.entries.keys() ?? [])].sort();
  }
}

const js = (body: string) => new Response(body, { headers: { 'content-type': 'text/javascript' } });

function worker(cfg: RoleCacheConfig, caches = new FakeCaches()) {
  const listeners = new Map<string, (e: never) => void>();
  const fetched: string[] = [];
  let offline = false;
  const broken = new Set<string>();
  const scope = {
    location: { origin: ORIGIN },
    caches,
    async fetch(input: string | Request) {
      const p = path(input);
      fetched.push(p);
      if (offline) throw new TypeError('Failed to fetch');
      // The single-page fallback: a missing file comes back as index.html with 200.
      if (broken.has(p))
        return new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
      return js(`// ${p}`);
    },
    addEventListener(type: string, listener: (e: never) => void) {
      listeners.set(type, listener);
    },
  };
  new Function('self', roleCacheScript(cfg))(scope);

  async function lifecycle(type: 'install' | 'activate') {
    let done: Promise<unknown> = Promise.resolve();
    const e: LifecycleEvent = { waitUntil: (p) => (done = p) };
    listeners.get(type)!(e as never);
    await done;
  }
  async function message(data: unknown) {
    const replies: unknown[] = [];
    let done: Promise<unknown> = Promise.resolve();
    const e: MessageEventLike = {
      data,
      ports: [{ postMessage: (m) => replies.push(m) }],
      waitUntil: (p) => (done = p),
    };
    listeners.get('message')!(e as never);
    await done;
    return replies;
  }
  /** The worker's answer, or null when it leaves the request to the browser. */
  function request(p: string, method = 'GET'): Promise<Response> | null {
    let answer: Promise<Response> | null = null;
    const e: FetchEventLike = {
      request: new Request(ORIGIN + p, { method }),
      respondWith: (r) => (answer = r),
    };
    listeners.get('fetch')!(e as never);
    return answer;
  }
  return {
    caches,
    fetched,
    broken,
    lifecycle,
    message,
    request,
    goOffline: () => (offline = true),
  };
}

const V1: RoleCacheConfig = {
  cacheName: 'xuke-chunks-v1',
  prefix: 'xuke-chunks-',
  roles: {
    applicant: ['/assets/applicant-app-1.js', '/assets/apply-form-1.js', '/assets/shared-1.js'],
    staff: ['/assets/staff-app-1.js', '/assets/shared-1.js'],
  },
  firstUse: ['/assets/picker-engine-1.js'],
};

describe('the role cache in the service worker', () => {
  let sw: ReturnType<typeof worker>;
  beforeEach(() => {
    sw = worker(V1);
  });

  it("keeps the role's chunks when asked, once", async () => {
    expect(await sw.message({ type: 'CACHE_ROLE', role: 'applicant' })).toEqual([
      { type: 'ROLE_CACHED', role: 'applicant', added: 3 },
    ]);
    expect(sw.caches.paths('xuke-chunks-v1')).toEqual([
      '/__xuke/cached-role',
      ...V1.roles.applicant!,
    ]);
    expect(await sw.message({ type: 'CACHE_ROLE', role: 'applicant' })).toEqual([
      { type: 'ROLE_CACHED', role: 'applicant', added: 0 },
    ]);
    expect(sw.fetched).toHaveLength(3);
  });

  it('ignores other messages and unknown roles', async () => {
    expect(await sw.message({ type: 'SKIP_WAITING' })).toEqual([]);
    expect(await sw.message('CACHE_ROLE')).toEqual([]);
    await sw.message({ type: 'CACHE_ROLE', role: 'visitor' });
    expect(sw.fetched).toEqual([]);
  });

  it("drops the previous role's chunks when another role signs in, keeping what was used", async () => {
    await sw.message({ type: 'CACHE_ROLE', role: 'applicant' });
    await (await sw.request('/assets/picker-engine-1.js'))!.text();
    await sw.message({ type: 'CACHE_ROLE', role: 'staff' });
    expect(sw.caches.paths('xuke-chunks-v1')).toEqual([
      '/__xuke/cached-role',
      '/assets/picker-engine-1.js',
      '/assets/shared-1.js',
      '/assets/staff-app-1.js',
    ]);
  });

  it('never keeps a failed fetch or the index.html fallback as code', async () => {
    sw.broken.add('/assets/apply-form-1.js');
    expect(await sw.message({ type: 'CACHE_ROLE', role: 'applicant' })).toEqual([
      { type: 'ROLE_CACHED', role: 'applicant', added: 2 },
    ]);
    expect(sw.caches.paths('xuke-chunks-v1')).not.toContain('/assets/apply-form-1.js');
  });

  it('answers kept chunks offline, keeps first-use chunks, and leaves other requests alone', async () => {
    await sw.message({ type: 'CACHE_ROLE', role: 'applicant' });
    await (await sw.request('/assets/picker-engine-1.js'))!.text();
    sw.goOffline();
    expect(await (await sw.request('/assets/apply-form-1.js'))!.text()).toBe(
      '// /assets/apply-form-1.js',
    );
    expect(await (await sw.request('/assets/picker-engine-1.js'))!.text()).toBe(
      '// /assets/picker-engine-1.js',
    );
    // Not kept on this device: the network's answer (here: none) stands.
    await expect(sw.request('/assets/staff-app-1.js')).rejects.toThrow('Failed to fetch');
    expect(sw.request('/api/me')).toBeNull();
    expect(sw.request('/assets/apply-form-1.js', 'POST')).toBeNull();
  });

  it("installs a new version with the same role's new chunks, then drops the old cache", async () => {
    await sw.message({ type: 'CACHE_ROLE', role: 'staff' });
    const v2: RoleCacheConfig = {
      ...V1,
      cacheName: 'xuke-chunks-v2',
      roles: { ...V1.roles, staff: ['/assets/staff-app-2.js', '/assets/shared-1.js'] },
    };
    const next = worker(v2, sw.caches);
    await next.lifecycle('install');
    expect(sw.caches.paths('xuke-chunks-v2')).toEqual([
      '/__xuke/cached-role',
      '/assets/shared-1.js',
      '/assets/staff-app-2.js',
    ]);
    // The old version still serves its pages until the user accepts the update.
    expect(sw.caches.paths('xuke-chunks-v1')).toContain('/assets/staff-app-1.js');
    await next.lifecycle('activate');
    expect(await sw.caches.keys()).toEqual(['xuke-chunks-v2']);
  });

  it('installs even when the network is gone', async () => {
    await sw.message({ type: 'CACHE_ROLE', role: 'staff' });
    const next = worker({ ...V1, cacheName: 'xuke-chunks-v2' }, sw.caches);
    next.goOffline();
    await expect(next.lifecycle('install')).resolves.toBeUndefined();
  });
});
