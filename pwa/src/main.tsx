import { render } from 'preact';
import { App } from './app/app';
import { checkSession } from './app/auth';
import { refreshCalendar } from './app/calendar';
import { registerServiceWorker } from './app/sw';
import './app/styles/base.css';
import './app/styles/components.css';
import './app/styles/cases.css';
import './app/styles/applicant.css';
import './app/styles/staff.css';

// The CSP allows no eval: zod's JIT would probe `new Function` and report a violation. Zod keeps
// its global config on globalThis (shared by every copy); setting it there, rather than through
// `z.config()`, keeps zod out of the shell's chunk.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
// Mutated in place: a zod already loaded holds this very object.
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;

const root = document.getElementById('app')!;
// Preact 11 renders beside existing children: drop the static "loading" text first.
root.textContent = '';
render(<App />, root);
void checkSession();
void refreshCalendar();
registerServiceWorker();
