import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const screenshotDir = 'test-results';

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export const shot = (name: string) => `${screenshotDir}/${name}.png`;
