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

const root = document.getElementById('app')!;
// Preact 11 renders beside existing children: drop the static "loading" text first.
root.textContent = '';
render(<App />, root);
void checkSession();
void refreshCalendar();
registerServiceWorker();
