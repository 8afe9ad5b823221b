import type { Locator } from "playwright-core";

/**
 * Waits (up to `timeout` ms) until `locator` matches `n` elements, then checks it: a count read
 * once right after a key press can run before React has rendered the result on a loaded machine.
 */
export async function expectCount(locator: Locator, n: number, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  let count = await locator.count();
  while (count !== n && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    count = await locator.count();
  }
  expect(count).toBe(n);
}
