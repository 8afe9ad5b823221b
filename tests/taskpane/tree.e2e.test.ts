/**
 * The Indicators step's tree editor and "nothing lost" in real headless Chromium (Debian's
 * chromium through playwright-core), in preview mode at task-pane width (350 px): the keyboard
 * alone (arrows, Home/End, F2, Alt+Shift+arrows, few Tab stops to Continue), undo and redo,
 * questions before removing a subtree and before starting over, drag and drop with the mouse,
 * names marked on the field, and the draft restored after a reload. After every action focus
 * is somewhere, never on the page body. Needs the production build in dist/ (npm test builds it).
 */
import type { Page } from "playwright-core";
import { expectCount } from "../support/expectCount";
import { Pane, openPane, screenshot, typeInto as typeIntoPane } from "../support/pane";

jest.setTimeout(5 * 60 * 1000);

let pane: Pane;
let page: Page;
let problems: string[];

beforeAll(async () => {
  pane = await openPane();
  ({ page, problems } = pane);
});

afterAll(async () => {
  await pane?.close();
});

/** Screenshot of the wizard section (or the dialog), checking nothing overflows 350 px. */
async function shot(name: string, dialog = false): Promise<void> {
  await screenshot(page, name, dialog ? page.getByRole("dialog") : undefined);
}

/** What has focus: its role, accessible text and whether it is the page body. */
async function focused(): Promise<{ role: string | null; text: string; tag: string }> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (a === null || a === document.body) return { role: "BODY", text: "", tag: "BODY" };
    const name = a.querySelector<HTMLElement>(".tree-name");
    const text = (name?.innerText ?? a.getAttribute("aria-label") ?? a.innerText ?? "").trim();
    return { role: a.getAttribute("role"), text, tag: a.tagName };
  });
}

/** Asserts focus is on the tree item whose text starts with `name` (and so not on the body). */
async function expectItemFocused(name: string): Promise<void> {
  const f = await focused();
  expect(f.role).toBe("treeitem");
  expect(f.text.startsWith(name)).toBe(true);
}

/** Asserts focus is somewhere in the wizard, not on the page body (after React's updates). */
async function expectFocusKept(): Promise<void> {
  await page.waitForTimeout(50);
  expect((await focused()).role).not.toBe("BODY");
}

/** The tree item whose name is exactly `name`. */
const item = (name: string) =>
  page.getByRole("treeitem").filter({
    has: page.locator(".tree-name", {
      hasText: new RegExp(`^${name.replace(/[()\\[\]{}.*+?^$|]/g, "\\$&")}$`),
    }),
  });
/** Clicks a tree item and waits until it is the selected one (its editor shown). */
async function select(name: string): Promise<void> {
  await item(name).click();
  await item(name).and(page.locator('[aria-selected="true"]')).waitFor({ timeout: 5000 });
  await page.getByRole("region", { name: `Edit "${name}"` }).waitFor({ timeout: 5000 });
  // Keys go to the focused item: wait for focus too (a loaded machine renders it later).
  await item(name).and(page.locator(":focus")).waitFor({ timeout: 5000 });
}
const nameField = () => page.getByRole("textbox", { name: "Name" });
const names = () =>
  page
    .getByRole("treeitem")
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute("aria-level")}:${(e.querySelector(".tree-name") as HTMLElement).innerText}`
      )
    );
const levelOf = (name: string) => item(name).getAttribute("aria-level");
const press = (key: string) => page.keyboard.press(key);

const typeInto = (field: ReturnType<Page["getByRole"]>, text: string) =>
  typeIntoPane(page, field, text);

describe("the Indicators step's tree", () => {
  it("starts from the paper's template with focus on the tree", async () => {
    await page.getByRole("button", { name: "Use this and continue" }).waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "Use this and continue" }).click();
    await page.getByRole("tree", { name: "Indicator system" }).waitFor();
    await expectItemFocused("Innovation input");
    await expect(item("Innovation input").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(item("Innovation input").getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(item("Innovation input").getAttribute("tabindex")).resolves.toBe("0");
    // one Tab stop: every other item is out of the Tab order
    await expectCount(page.locator('[role="treeitem"][tabindex="0"]'), 1);
    await expect(levelOf("Low-carbon technology platforms")).resolves.toBe("3");
  });

  it("arrows, Home/End, expand and collapse, with the keyboard only", async () => {
    await press("ArrowDown");
    await expectItemFocused("Basic support");
    await expect(item("Basic support").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(item("Innovation input").getAttribute("aria-selected")).resolves.toBe("false");
    await press("ArrowLeft"); // collapses Basic support
    await expect(item("Basic support").getAttribute("aria-expanded")).resolves.toBe("false");
    await expectCount(item("Low-carbon R&D personnel"), 0);
    await press("ArrowLeft"); // to the parent
    await expectItemFocused("Innovation input");
    await press("ArrowDown");
    await press("ArrowRight"); // expands
    await expect(item("Basic support").getAttribute("aria-expanded")).resolves.toBe("true");
    await press("ArrowRight"); // to the first child
    await expectItemFocused("Low-carbon R&D personnel");
    await press("End");
    await expectItemFocused("Pollution control technology level");
    await press("Home");
    await expectItemFocused("Innovation input");
  });

  it("reaches Continue from the tree in a few Tab stops, and comes back", async () => {
    // a criterion: Toolbar, Name, Continue
    let stops = 0;
    while ((await focused()).text !== "Continue to settings" && stops < 20) {
      await press("Tab");
      stops++;
    }
    expect(stops).toBe(3);
    for (let i = 0; i < stops; i++) await press("Shift+Tab");
    await expectItemFocused("Innovation input");
    // a leaf: Toolbar, Name, Type, Direction, Unit, Continue
    await press("End");
    stops = 0;
    while ((await focused()).text !== "Continue to settings" && stops < 20) {
      await press("Tab");
      stops++;
    }
    expect(stops).toBe(6);
    for (let i = 0; i < stops; i++) await press("Shift+Tab");
    await expectItemFocused("Pollution control technology level");
  });

  it("F2 renames by typing; Enter goes back to the tree; the typing is one undo step", async () => {
    await press("Home");
    for (let i = 0; i < 3; i++) await press("ArrowDown");
    await expectItemFocused("Low-carbon technology platforms");
    await press("F2");
    const f = await focused();
    expect(f.tag).toBe("INPUT");
    await expect(nameField().evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await press("ControlOrMeta+A");
    await page.keyboard.type("Technology platforms 技术平台");
    await press("Enter");
    await expectItemFocused("Technology platforms 技术平台");
    await expect(item("Technology platforms 技术平台").getAttribute("aria-level")).resolves.toBe(
      "3"
    );
    await expect(page.getByRole("button", { name: "Undo" }).getAttribute("title")).resolves.toBe(
      'Undo: Rename "Low-carbon technology platforms" (Ctrl+Z)'
    );
  });

  it("indents and outdents with Alt+Shift+arrows; Up/Down and Indent are unavailable at the ends", async () => {
    // Technology platforms goes under the sibling above it, Low-carbon R&D personnel
    await press("Alt+Shift+ArrowRight");
    await expectItemFocused("Technology platforms 技术平台");
    await expect(levelOf("Technology platforms 技术平台")).resolves.toBe("4");
    await expect(item("Low-carbon R&D personnel").getAttribute("aria-expanded")).resolves.toBe(
      "true"
    );
    // the first child of its new parent: nothing above to indent under, nothing to move up
    await expect(
      page.getByRole("button", { name: "Indent" }).getAttribute("aria-disabled")
    ).resolves.toBe("true");
    await expect(
      page.getByRole("button", { name: "Up" }).getAttribute("aria-disabled")
    ).resolves.toBe("true");
    await expect(
      page.getByRole("button", { name: "Down" }).getAttribute("aria-disabled")
    ).resolves.toBe("true");
    await press("Alt+Shift+ArrowLeft");
    await expectItemFocused("Technology platforms 技术平台");
    await expect(levelOf("Technology platforms 技术平台")).resolves.toBe("3");
    await press("Alt+Shift+ArrowLeft"); // now a sibling of Basic support
    await expect(levelOf("Technology platforms 技术平台")).resolves.toBe("2");
    await expect(page.locator(".tree-status").innerText()).resolves.toBe(
      '"Technology platforms 技术平台" is now after "Basic support".'
    );
    expect((await names()).slice(0, 7)).toEqual([
      "1:Innovation input",
      "2:Basic support",
      "3:Low-carbon R&D personnel",
      "3:Policy and institutional support",
      "2:Technology platforms 技术平台",
      "2:Financial support",
      "3:Low-carbon R&D expenditure intensity",
    ]);
    await press("Alt+Shift+ArrowUp");
    expect((await names())[1]).toBe("2:Technology platforms 技术平台");
    await expect(page.locator(".tree-status").innerText()).resolves.toBe(
      'Moved "Technology platforms 技术平台" up'
    );
    await expect(
      page.getByRole("button", { name: "Up" }).getAttribute("aria-disabled")
    ).resolves.toBe("true");
    await expectItemFocused("Technology platforms 技术平台");
  });

  it("undoes and redoes the edits by keyboard and with the buttons", async () => {
    // undo: move up, outdent, outdent, indent, rename
    await press("ControlOrMeta+Z");
    expect((await names())[4]).toBe("2:Technology platforms 技术平台");
    await expectFocusKept();
    await press("ControlOrMeta+Z");
    await press("ControlOrMeta+Z");
    await expect(levelOf("Technology platforms 技术平台")).resolves.toBe("4");
    await expect(page.locator(".tree-status").innerText()).resolves.toBe(
      'Undone: Outdent "Technology platforms 技术平台"'
    );
    await press("ControlOrMeta+Z");
    await expect(levelOf("Technology platforms 技术平台")).resolves.toBe("3");
    await press("ControlOrMeta+Z"); // the whole typed name at once
    await expectCount(item("Low-carbon technology platforms"), 1);
    await expectCount(item("Technology platforms"), 0);
    await expectFocusKept();
    // redo by keyboard (Ctrl+Y and Ctrl+Shift+Z), then with the buttons
    await press("ControlOrMeta+Y");
    await expectCount(item("Technology platforms 技术平台"), 1);
    await press("ControlOrMeta+Shift+Z");
    await expect(levelOf("Technology platforms 技术平台")).resolves.toBe("4");
    const undoButton = page.getByRole("button", { name: "Undo" });
    const redoButton = page.getByRole("button", { name: "Redo" });
    await undoButton.click();
    await expect(levelOf("Technology platforms 技术平台")).resolves.toBe("3");
    await undoButton.click();
    await expectCount(item("Low-carbon technology platforms"), 1);
    // nothing left to undo: the button says so and keeps focus
    await expect(undoButton.getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(undoButton.getAttribute("title")).resolves.toBe("Nothing to undo");
    await expect(undoButton.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await redoButton.click();
    await expectCount(item("Technology platforms 技术平台"), 1);
    await expect(redoButton.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    // in a text field Ctrl+Z is the field's own: the hierarchy is not undone
    await page.getByRole("textbox", { name: "Goal" }).click();
    await press("End");
    await page.keyboard.type("!");
    await press("ControlOrMeta+Z");
    await expectCount(item("Technology platforms 技术平台"), 1);
  });

  it("Remove of a subtree asks: cancel keeps it, confirm removes it, undo brings it back", async () => {
    await select("Financial support");
    await press("Delete");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(dialog.getByRole("heading").innerText()).resolves.toBe(
      'Remove "Financial support" and the 2 nodes below it?'
    );
    await expect(dialog.innerText()).resolves.toMatch(
      /Below it: Low-carbon R&D expenditure intensity, Green credit and venture finance access\./
    );
    await shot("tree-remove-dialog", true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await expectCount(item("Financial support"), 1);
    await expectItemFocused("Financial support");
    // with the toolbar button: focus goes to the node now selected, not to the body
    await page.getByRole("button", { name: "Remove" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
    await expectCount(item("Financial support"), 0);
    await expectCount(item("Green credit and venture finance access"), 0);
    await expect(page.locator(".tree-status").innerText()).resolves.toBe(
      'Removed "Financial support" and 2 below it. Undo: Ctrl+Z.'
    );
    await expectFocusKept();
    await expectItemFocused("Basic support");
    // and stays there once the dialog's closing animation has ended (not back on Remove)
    await page.locator(".fui-DialogSurface").waitFor({ state: "detached", timeout: 5000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    await expectItemFocused("Basic support");
    await press("ControlOrMeta+Z");
    await expectCount(item("Financial support"), 1);
    await expectCount(item("Green credit and venture finance access"), 1);
  });

  it("a criterion's last child asks whether the criterion becomes an indicator", async () => {
    await select("Green credit and venture finance access");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await press("Delete"); // a leaf with a sibling: removed at once
    await expectCount(page.getByRole("dialog"), 0);
    await expectCount(item("Green credit and venture finance access"), 0);
    await expectItemFocused("Low-carbon R&D expenditure intensity");
    await press("Delete");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toMatch(
      /"Financial support" then has no children left: it becomes an indicator/
    );
    await dialog
      .getByRole("button", { name: 'Remove; "Financial support" becomes an indicator' })
      .click();
    await expect(item("Financial support").getAttribute("aria-expanded")).resolves.toBeNull();
    await expect(item("Financial support").innerText()).resolves.toMatch(/experts/);
    await expectItemFocused("Financial support");
    await press("ControlOrMeta+Z");
    await press("ControlOrMeta+Z");
    await expectCount(item("Green credit and venture finance access"), 1);
    await expect(item("Financial support").getAttribute("aria-expanded")).resolves.toBe("true");
  });

  it("Add criterion adds a criterion with an indicator, scrolled into view and focused; Up stops at the top", async () => {
    await page.getByRole("button", { name: "Add criterion" }).click();
    await expectItemFocused("New criterion");
    await expect(item("New criterion").getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(levelOf("New criterion")).resolves.toBe("1");
    await expect(levelOf("New indicator")).resolves.toBe("2");
    const inView = await item("New criterion").evaluate((el) => {
      const tree = el.closest('[role="tree"]')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= tree.top && r.bottom <= tree.bottom;
    });
    expect(inView).toBe(true);
    await expect(
      page.getByRole("button", { name: "Down" }).getAttribute("aria-disabled")
    ).resolves.toBe("true");
    // Up pressed on the toolbar keeps focus on it, also once it becomes unavailable
    const up = page.getByRole("button", { name: "Up" });
    await up.click();
    await press("Enter");
    await expect(up.getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(up.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    expect((await names())[0]).toBe("1:New criterion");
    await press("Enter"); // unavailable: nothing happens
    expect((await names())[0]).toBe("1:New criterion");
    await expectFocusKept();
  });

  it("empty and repeated names are marked on the Name field by the node's name; Continue lists them by path", async () => {
    await select("New indicator");
    await typeInto(nameField(), "");
    const message = page
      .locator(".fui-Field")
      .filter({ has: page.getByText("Name", { exact: true }) })
      .locator(".fui-Field__validationMessage");
    await expect(message.innerText()).resolves.toBe("Indicator 1 under New criterion has no name");
    await expect(item("(no name)").getAttribute("aria-invalid")).resolves.toBe("true");
    await select("Policy and institutional support");
    await typeInto(nameField(), "low-carbon R&D personnel ");
    await expect(message.innerText()).resolves.toBe(
      'Two nodes under Innovation input › Basic support are called "low-carbon R&D personnel": siblings need different names'
    );
    await page.getByRole("button", { name: "Continue to settings" }).click();
    const list = await page.locator(".continue-problems").innerText();
    expect(list).toBe(
      'Fix these 2 first: Indicator 1 under New criterion has no name · Two nodes under Innovation input › Basic support are called "Low-carbon R&D personnel": siblings need different names'
    );
    expect(list).not.toMatch(/\bN\d+\b|\bI\d{3}\b|undefined|NaN|\[object/);
    await shot("tree-names");
    // the same name elsewhere is only a warning
    await typeInto(nameField(), "Pollution control");
    await expect(message.innerText()).resolves.toBe(
      '"Pollution control" is also the name of a node under Innovation output; the sheets will show both'
    );
    await typeInto(nameField(), "Policy and institutional support");
    await select("(no name)");
    await typeInto(nameField(), "Carbon labelling");
    await expectCount(page.locator(".continue-problems"), 0);
  });

  it("drags a node onto another (its new parent) and between two nodes (reorder)", async () => {
    const drag = async (from: string, to: string, where: "inside" | "before") => {
      // the dragged node in the middle of the tree, away from the edges that scroll it
      await item(from).evaluate((e) => e.scrollIntoView({ block: "center" }));
      const a = (await item(from).boundingBox())!;
      const b = (await item(to).boundingBox())!;
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await page.mouse.down();
      // pressing selects the node without moving any row (no reflow under the pointer)
      await expect(item(from).getAttribute("aria-selected")).resolves.toBe("true");
      expect(await item(to).boundingBox()).toEqual(b);
      const y = where === "inside" ? b.y + b.height / 2 : b.y + 2;
      await page.mouse.move(b.x + b.width / 2, y, { steps: 8 });
      await page.mouse.up();
    };
    await drag("Low-carbon product innovation", "Pollution control", "inside");
    await expect(levelOf("Low-carbon product innovation")).resolves.toBe("3");
    let tree = await names();
    expect(tree.slice(tree.indexOf("2:Pollution control"))).toEqual([
      "2:Pollution control",
      "3:CO2 emissions per unit of output",
      "3:Pollution control technology level",
      "3:Low-carbon product innovation",
    ]);
    await expect(page.locator(".tree-status").innerText()).resolves.toBe(
      'Moved "Low-carbon product innovation" under "Pollution control".'
    );
    await expectFocusKept();
    // between two nodes: before Comprehensive utilisation, at level 2 under Innovation output
    await drag("CO2 emissions per unit of output", "Comprehensive utilisation", "before");
    tree = await names();
    expect(
      tree.slice(tree.indexOf("1:Innovation output"), tree.indexOf("1:Innovation output") + 3)
    ).toEqual([
      "1:Innovation output",
      "2:CO2 emissions per unit of output",
      "2:Comprehensive utilisation",
    ]);
    // a criterion dropped into its own subtree is refused, and says so
    await drag("Comprehensive utilisation", "Industrial solid waste utilisation rate", "inside");
    await expect(page.locator(".tree-status").innerText()).resolves.toBe(
      '"Comprehensive utilisation" cannot go under its own subtree'
    );
    await expect(levelOf("Comprehensive utilisation")).resolves.toBe("2");
    await press("ControlOrMeta+Z");
    await expect(levelOf("CO2 emissions per unit of output")).resolves.toBe("3");
    await shot("tree");
  });
});

describe("nothing lost", () => {
  it("a reload restores the hierarchy, the settings as typed and the step", async () => {
    await page.getByRole("button", { name: "Continue to settings" }).click();
    const cr = page.getByRole("textbox", { name: "CR threshold" });
    await typeInto(cr, "5");
    const experts = page.getByRole("textbox", { name: "Experts (one name per line)" });
    await experts.click();
    await press("ControlOrMeta+A");
    await page.keyboard.type("王芳");
    await press("Enter");
    await page.keyboard.type("Dr Li Wei");
    await press("Tab");
    await page.waitForFunction(() =>
      Object.keys(localStorage).some((k) => localStorage.getItem(k)?.includes('"text":"5"'))
    );
    await page.reload();
    await page.getByRole("tab", { name: /Settings/ }).waitFor({ timeout: 30000 });
    await expect(
      page.getByRole("tab", { name: /Settings/ }).getAttribute("aria-selected")
    ).resolves.toBe("true");
    await expect(cr.inputValue()).resolves.toBe("5");
    await expect(
      page
        .locator(".fui-Field")
        .filter({ has: page.getByText("CR threshold", { exact: true }) })
        .locator(".fui-Field__validationMessage")
        .innerText()
    ).resolves.toMatch(/ratio between 0 and 1 \(Saaty's is 0\.1\), not 5/);
    await expect(experts.inputValue()).resolves.toBe("王芳\nDr Li Wei");
    await page.getByRole("tab", { name: /Indicators/ }).click();
    await expectCount(item("Carbon labelling"), 1);
    await expect(levelOf("Low-carbon product innovation")).resolves.toBe("3");
  });

  it("the Build summary survives switching steps", async () => {
    await page.getByRole("tab", { name: /Settings/ }).click();
    await typeInto(page.getByRole("textbox", { name: "CR threshold" }), "0.1");
    await page.getByRole("tab", { name: /Build/ }).click();
    await page.getByRole("button", { name: "Build and download .xlsx" }).click();
    await page.getByTestId("build-summary").waitFor();
    const summary = await page.getByTestId("build-summary").innerText();
    await page.getByRole("tab", { name: /Indicators/ }).click();
    await page.getByRole("tab", { name: /Build/ }).click();
    await expect(page.getByTestId("build-summary").innerText()).resolves.toBe(summary);
  });

  it("starting over asks: keep the edits, or replace them (and Undo brings them back)", async () => {
    await page.getByRole("tab", { name: /Start/ }).click();
    await page.getByRole("button", { name: "Use this and continue" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect(dialog.getByRole("heading").innerText()).resolves.toBe(
      "Replace your indicator system?"
    );
    await shot("start-over-dialog", true);
    await dialog.getByRole("button", { name: "Keep my edits" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect(
      page
        .getByRole("button", { name: "Use this and continue" })
        .evaluate((e) => e === document.activeElement)
    ).resolves.toBe(true);
    await page.getByRole("tab", { name: /Indicators/ }).click();
    await expectCount(item("Carbon labelling"), 1);
    await page.getByRole("tab", { name: /Start/ }).click();
    await page.getByRole("button", { name: "Use this and continue" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Replace it" }).click();
    await page.getByRole("tree").waitFor();
    await expectCount(item("Carbon labelling"), 0);
    await expect(item("Low-carbon product innovation").getAttribute("aria-level")).resolves.toBe(
      "3"
    );
    await expectFocusKept();
    await press("ControlOrMeta+Z");
    await expectCount(item("Carbon labelling"), 1);
  });

  it("ran without page errors or console errors", () => {
    expect(problems).toEqual([]);
  });
});
