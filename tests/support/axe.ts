/**
 * Accessibility checks with axe-core (WCAG 2.1 A and AA rules, plus best practices) in a
 * playwright page. Known false positives are left out with the reason; anything else fails.
 */
import type { Page } from "playwright-core";

/**
 * Elements left out, each with why: Fluent UI's focus manager (Tabster) puts invisible
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` guards at the edges of focus zones; a
 * guard hands focus on at once and is never read, but axe reports it as aria-hidden-focus (a
 * known false positive of Tabster: microsoft/tabster#288, microsoft/fluentui#25133).
 */
const EXCLUDED = ["[data-tabster-dummy]"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page (or `selector` within it) and returns its violations, described. */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(
    async ({ selector, excluded }) => {
      type Found = {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      };
      type Axe = { run: (context: object, options: object) => Promise<{ violations: Found[] }> };
      const axe = (window as unknown as { axe: Axe }).axe;
      const context = {
        include: selector ? [[selector]] : [["html"]],
        exclude: excluded.map((e: string) => [e]),
      };
      const result = await axe.run(context, {
        runOnly: {
          type: "tag",
          values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        },
      });
      return result.violations.map(
        (v: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: string[] }[];
        }) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
        })
      );
    },
    { selector, excluded: EXCLUDED }
  );
}
