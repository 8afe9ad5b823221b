/**
 * The Objective weights section of the Settings step in real headless Chromium, in preview mode
 * at task-pane width (350 px): disabled with the reason while there is one unit, switched on
 * once two units are typed, linear combination with α typed with the keyboard (1.5 refused on
 * leaving the field with the reason on it, then 0.4), the combined weights used, and the built
 * workbook's Results sheet with the Objective weights table. Needs the production build in
 * dist/ (npm test builds it).
 */
import { axeViolations } from "../support/axe";
import {
  buildAndDownload,
  fieldMessage,
  paneForTests,
  screenshot,
  toSettingsWithTemplate,
  typeInto,
} from "../support/pane";
import { readCachedValues } from "../support/xlsxValues";

jest.setTimeout(5 * 60 * 1000);

const pane = paneForTests();
const page = () => pane().page;

const UNITS = "Units evaluated (one name per line; none or one: a single unit)";
const ALPHA = "α: share of the AHP weights";
const SWITCH = "Combine the AHP weights with entropy weights of the quantitative indicators";
const messageOf = (label: string) => fieldMessage(page(), label);

describe("the Objective weights section", () => {
  it("is disabled with one unit, and says why", async () => {
    await toSettingsWithTemplate(page());
    await expect(page().getByRole("switch", { name: SWITCH }).isDisabled()).resolves.toBe(true);
    await expect(page().locator(".objective .hint").innerText()).resolves.toMatch(
      /list at least two units/
    );
  });

  it("takes the linear combination with α typed, refusing 1.5 with the reason", async () => {
    const units = page().getByRole("textbox", { name: UNITS });
    await units.click();
    await page().keyboard.type("Hubei");
    await page().keyboard.press("Enter");
    await page().keyboard.type("Hunan");
    await page().keyboard.press("Tab");
    const sw = page().getByRole("switch", { name: SWITCH });
    await expect(sw.isDisabled()).resolves.toBe(false);
    await sw.check();
    await page()
      .getByRole("radio", { name: /^Linear/ })
      .check();
    const alpha = page().getByRole("textbox", { name: ALPHA });
    await typeInto(page(), alpha, "1.5");
    await expect(alpha.inputValue()).resolves.toBe("1.5");
    await expect(messageOf(ALPHA).innerText()).resolves.toBe(
      "α is the share of the AHP weights, between 0 and 1, not 1.5"
    );
    await page().getByRole("button", { name: "Continue to build" }).click();
    await expect(page().locator(".continue-problems").innerText()).resolves.toMatch(/α: share/);
    await typeInto(page(), alpha, "0.4");
    await expect(messageOf(ALPHA).count()).resolves.toBe(0);
    await page()
      .getByRole("checkbox", { name: /Use the combined weights/ })
      .check();
    const section = page().locator(".objective");
    await section.scrollIntoViewIfNeeded();
    await screenshot(page(), "3-settings-objective", section);
    expect(await axeViolations(page())).toEqual([]);
  });

  it("builds the Objective weights table, used by the evaluation", async () => {
    await page().getByRole("button", { name: "Continue to build" }).click();
    await expect(page().locator(".step p").first().innerText()).resolves.toMatch(
      /An Objective weights table on Results: .* \(linear, α = 0\.4\), used by the evaluation\./
    );
    await page()
      .getByRole("checkbox", { name: /sample judgments/ })
      .check();
    const cached = await readCachedValues((await buildAndDownload(page())).bytes);
    const results = [...cached.get("Results")!.values.values()].map(String);
    expect(results).toEqual(
      expect.arrayContaining(["Objective weights (entropy)", "Entropy weight", "Combined weight"])
    );
    expect(results.some((v) => /linearly, α·a \+ \(1 − α\)·b with α = 0\.4/.test(v))).toBe(true);
    expect(results.some((v) => /The evaluation uses the combined weights/.test(v))).toBe(true);
    expect(pane().problems).toEqual([]);
  });
});
