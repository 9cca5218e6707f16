/**
 * Precache per role, at build time: reads Vite's output graph, works out the shell and each
 * role's chunks (src/sw/to-cache.ts), writes them for the service worker (sw-roles-*.js, with
 * src/sw/role-cache.ts) and for tools (precache-roles.json: bench:size, the journeys), and
 * narrows Workbox's install-time precache to the shell.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import type { ResolvedVitePWAOptions } from 'vite-plugin-pwa';
import type { ManifestTransform } from 'workbox-build';
import { roleCacheScript, type RoleCacheConfig } from '../src/sw/role-cache.ts';
import {
  planPrecache,
  type BuiltChunk,
  type PrecachePlan,
  type PrecacheRole,
  type RoleSpec,
} from '../src/sw/to-cache.ts';

/** Written next to the app; read by bench/size.mjs and the browser journeys. */
export const PLAN_FILE = 'precache-roles.json';

export interface PrecacheFile {
  plan: PrecachePlan<PrecacheRole>;
  /** The generated script the service worker imports, and the cache it fills. */
  script: string;
  cacheName: string;
}

export function precacheByRole(opts: {
  root: string;
  roles: Record<PrecacheRole, RoleSpec>;
  isRuntime: (file: string) => boolean;
}) {
  let result: PrecacheFile | null = null;
  /** Every file of the graph that is not the shell: kept out of Workbox's install list. */
  let notShell = new Set<string>();

  const plugin: Plugin = {
    name: 'xuke-precache-by-role',
    apply: 'build',
    // After Vite's own generateBundle work: pure-CSS chunks are gone from the bundle by then.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks: BuiltChunk[] = [];
        for (const out of Object.values(bundle)) {
          if (out.type !== 'chunk') continue;
          chunks.push({
            file: out.fileName,
            source: out.facadeModuleId ? relative(opts.root, out.facadeModuleId) : null,
            isEntry: out.isEntry,
            imports: out.imports,
            dynamicImports: out.dynamicImports,
            css: [...(out.viteMetadata?.importedCss ?? [])],
            assets: [...(out.viteMetadata?.importedAssets ?? [])],
          });
        }
        const plan = planPrecache(chunks, opts.roles, opts.isRuntime);
        const abs = (files: string[]) => files.map((f) => `/${f}`);
        const hash = createHash('sha256').update(JSON.stringify(plan)).digest('hex').slice(0, 10);
        const cfg: RoleCacheConfig = {
          cacheName: `xuke-chunks-${hash}`,
          prefix: 'xuke-chunks-',
          roles: Object.fromEntries(
            Object.entries<string[]>(plan.roles).map(([role, files]) => [role, abs(files)]),
          ),
          firstUse: abs(plan.firstUse),
        };
        const script = `sw-roles-${hash}.js`;
        result = { plan, script, cacheName: cfg.cacheName };
        const shell = new Set(plan.shell);
        notShell = new Set(
          [...chunks.flatMap((c) => [c.file, ...c.css, ...c.assets]), script].filter(
            (f) => !shell.has(f),
          ),
        );
        this.emitFile({ type: 'asset', fileName: script, source: roleCacheScript(cfg) });
        this.emitFile({
          type: 'asset',
          fileName: PLAN_FILE,
          source: `${JSON.stringify(result, null, 2)}\n`,
        });
      },
    },
  };

  const shellOnly: ManifestTransform = (entries) => ({
    manifest: entries.filter((e) => !notShell.has(e.url)),
    warnings: [],
  });

  /** For VitePWA's `integration`: runs after the bundle is written, before sw.js is generated. */
  function beforeBuildServiceWorker(options: ResolvedVitePWAOptions): void {
    if (!result) throw new Error('precache-by-role: the bundle was not planned');
    const wb = options.workbox;
    const others = (wb.importScripts ?? []).filter((s) => !s.startsWith('sw-roles-'));
    wb.importScripts = [...others, result.script];
    const transforms = wb.manifestTransforms ?? [];
    if (!transforms.includes(shellOnly)) wb.manifestTransforms = [...transforms, shellOnly];
  }

  return { plugin, integration: { beforeBuildServiceWorker } };
}
