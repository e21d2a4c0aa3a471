// Headless Chromium for the README's pictures: the one launch recipe every screenshot script uses.
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** Opens an HTML file and saves a PNG of the page (or of the element `selector` names), once `ready` holds. */
export async function screenshotHtml({ executablePath, htmlFile, out, viewport, deviceScaleFactor = 1, selector, ready }) {
  const browser = await chromium.launch({
    executablePath,
    // Playwright gives every launch a fresh, empty profile folder of its own (it refuses --user-data-dir here).
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport, deviceScaleFactor });
    await page.goto(pathToFileURL(htmlFile).href);
    await page.waitForLoadState('networkidle');
    // A page that typesets (MathJax) says when it is done.
    if (ready) await page.waitForFunction(ready, undefined, { timeout: 60_000 });
    await (selector ? page.locator(selector) : page).screenshot({ path: out });
  } finally {
    await browser.close();
  }
}
