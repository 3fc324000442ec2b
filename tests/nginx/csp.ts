import type {BrowserContext, Page} from 'playwright-core';

/** Collects every CSP violation of the context's pages, from before any script of theirs runs. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as {cspViolations: string[]};
    w.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
        ),
      true,
    );
  });
}

export const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations);
