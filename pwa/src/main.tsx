import { render } from 'preact';
import { App } from './app/app';
import { checkSession } from './app/auth';
import { registerServiceWorker } from './app/sw';
import './app/styles.css';

render(<App />, document.getElementById('app')!);
void checkSession();
registerServiceWorker();
