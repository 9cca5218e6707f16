import type { Browser, LaunchOptions } from 'playwright-core';

export declare const CHROMIUM_ARGS: string[];
export declare function launchChromium(
  extraArgs?: string[],
  options?: Omit<LaunchOptions, 'args' | 'executablePath'>,
): Promise<Browser>;
