/**
 * Which built files each role installs (after squoosh's src/sw/to-cache.ts, worked out from
 * the module graph instead of listed by hand). Run at build time on Vite's output:
 *
 * - shell: the entry and everything it imports statically (sign-in, banners, error
 *   boundaries). Precached by Workbox at install, for everyone.
 * - roles: what each role's screens need beyond the shell — the role's root chunk, its static
 *   imports and, through dynamic imports, its lazy screens. Cached once the page says who
 *   signed in. A role may `skip` screens it never opens (the admin's grid administration).
 * - firstUse: chunks that are useless without a runtime-cached library (maplibre, tesseract):
 *   the map engines. Cached when first fetched, like the library itself.
 * - runtime: the libraries themselves, left to the service worker's runtime caching.
 *
 * Every JavaScript chunk ends up in exactly one tier (shell, a role or firstUse, or runtime);
 * one that no role reaches goes to firstUse, never silently to the network only.
 */

/** Whose chunks a device keeps: applicants, staff, and admins (staff + grid administration). */
export const PRECACHE_ROLES = ['applicant', 'staff', 'admin'] as const;
export type PrecacheRole = (typeof PRECACHE_ROLES)[number];

/** One JavaScript chunk of the build; every name is a file path in the output directory. */
export interface BuiltChunk {
  file: string;
  /** The module the chunk stands for, relative to the app root (`src/…`), if any. */
  source: string | null;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  /** CSS files and assets (Web Worker scripts) the chunk loads. */
  css: string[];
  assets: string[];
}

export interface RoleSpec {
  /** Sources of the role's root chunks, e.g. `src/features/staff/staff-app.tsx`. */
  roots: string[];
  /** Sources of lazy screens this role never opens. */
  skip?: string[];
}

export interface PrecachePlan<R extends string> {
  shell: string[];
  roles: Record<R, string[]>;
  firstUse: string[];
  runtime: string[];
}

export function planPrecache<R extends string>(
  chunks: BuiltChunk[],
  specs: Record<R, RoleSpec>,
  isRuntime: (file: string) => boolean,
): PrecachePlan<R> {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const bySource = new Map(chunks.filter((c) => c.source).map((c) => [c.source!, c]));
  const chunk = (file: string) => {
    const c = byFile.get(file);
    if (!c) throw new Error(`to-cache: ${file} is imported but not in the build`);
    return c;
  };

  /** The chunk, what it imports statically, and their CSS and assets; runtime libraries left out. */
  function staticClosure(file: string, into = new Set<string>()): Set<string> {
    if (into.has(file) || isRuntime(file)) return into;
    const c = chunk(file);
    into.add(file);
    for (const f of [...c.css, ...c.assets]) if (!isRuntime(f)) into.add(f);
    for (const i of c.imports) staticClosure(i, into);
    return into;
  }
  /** Whether the chunk imports a runtime library, directly or through other chunks. */
  function reachesRuntime(file: string): boolean {
    const seen = new Set<string>();
    const stack = [file];
    while (stack.length) {
      const f = stack.pop()!;
      if (isRuntime(f)) return true;
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...chunk(f).imports);
    }
    return false;
  }

  const shell = new Set<string>();
  for (const c of chunks) if (c.isEntry) staticClosure(c.file, shell);

  const firstUse = new Set<string>();
  const reached = new Set<string>(shell);
  function roleClosure(spec: RoleSpec): Set<string> {
    const skip = new Set(spec.skip ?? []);
    const out = new Set<string>();
    const queue = spec.roots.map((root) => {
      const c = bySource.get(root);
      if (!c) throw new Error(`to-cache: no chunk is built from ${root}`);
      return c.file;
    });
    while (queue.length) {
      // The shell is everyone's, and its dynamic imports (the role roots) are not this role's.
      const added = [...staticClosure(queue.pop()!)].filter((f) => !out.has(f) && !shell.has(f));
      for (const f of added) out.add(f);
      for (const f of added) {
        for (const d of byFile.get(f)?.dynamicImports ?? []) {
          const target = chunk(d);
          if (target.source && skip.has(target.source)) continue;
          if (reachesRuntime(d)) staticClosure(d, firstUse);
          else if (!out.has(d)) queue.push(d);
        }
      }
    }
    return out;
  }

  const roles = {} as Record<R, string[]>;
  for (const role of Object.keys(specs) as R[]) {
    const files = roleClosure(specs[role]);
    for (const f of files) reached.add(f);
    roles[role] = [...files].sort();
  }
  for (const f of firstUse) reached.add(f);
  // Reached by no role (e.g. only through a skipped screen): cached on first use all the same.
  for (const c of chunks) {
    if (!reached.has(c.file) && !isRuntime(c.file)) staticClosure(c.file, firstUse);
  }
  for (const f of shell) firstUse.delete(f);
  const runtime = chunks.map((c) => c.file).filter(isRuntime);
  return { shell: [...shell].sort(), roles, firstUse: [...firstUse].sort(), runtime };
}
