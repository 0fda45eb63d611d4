import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export interface E2EBrowser {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and CSP violations seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile, as in the stack research (§3); `extraArgs` such as a remote debugging port (Lighthouse). */
export async function launchBrowser(extraArgs: string[] = []): Promise<E2EBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'harbour-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.HARBOUR_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 860 },
    locale: 'en-CA',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Runs axe (WCAG 2 A and AA) and returns the serious or critical violations, described. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
}

/**
 * Screenshots go to HARBOUR_E2E_SCREENSHOTS when set (kept for people to look at),
 * otherwise to a temporary folder removed after the run.
 */
export function screenshotFolder(): { dir: string; cleanup(): void } {
  const kept = process.env.HARBOUR_E2E_SCREENSHOTS;
  if (kept) {
    mkdirSync(kept, { recursive: true });
    return { dir: kept, cleanup: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'harbour-e2e-shots-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
