// Debian's Chromium as every browser test and benchmark launches it (never a downloaded
// browser): headless, and quiet on the network, which this machine keeps closed.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
];

/** Launches Chromium with the shared flags plus `extraArgs`. */
export function launchChromium(extraArgs = [], options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...options,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
