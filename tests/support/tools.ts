/**
 * Finds the external programs the browser and spreadsheet tests need. When one is missing it
 * is installed with apt-get where that is possible (running as root on Debian/Ubuntu);
 * otherwise the test fails with the exact command to run. These tests never skip silently.
 */
import { execFileSync, execSync } from "child_process";
import * as fs from "fs";

function which(cmd: string): string | null {
  try {
    return (
      execSync(`command -v ${cmd}`, { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim() || null
    );
  } catch {
    return null;
  }
}

function aptInstall(pkg: string): void {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = !!which("apt-get");
  if (!root || !hasApt) {
    throw new Error(
      `${pkg} is not installed. Install it with: sudo apt-get update && sudo apt-get install -y ${pkg}`
    );
  }
  execFileSync(
    "bash",
    [
      "-c",
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkg}`,
    ],
    { stdio: "inherit", timeout: 15 * 60 * 1000 }
  );
}

/** Path of LibreOffice's soffice, installing Debian's libreoffice-calc if needed. */
export function soffice(): string {
  const found = which("soffice") ?? which("libreoffice");
  if (found) return found;
  aptInstall("libreoffice-calc");
  const after = which("soffice") ?? which("libreoffice");
  if (!after) throw new Error("soffice not found after installing libreoffice-calc");
  return after;
}

/** A Python 3 that can import openpyxl, installing Debian's python3-openpyxl if needed. */
export function pythonWithOpenpyxl(): string {
  const works = (python: string) => {
    try {
      execFileSync(python, ["-c", "import openpyxl"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  // Debian's package installs for the system Python, which may not be the first python3 on PATH.
  const candidates = ["python3", "/usr/bin/python3"];
  const found = candidates.find(works);
  if (found) return found;
  aptInstall("python3-openpyxl");
  if (works("/usr/bin/python3")) return "/usr/bin/python3";
  throw new Error("openpyxl cannot be imported after installing python3-openpyxl");
}

/** Path of Chromium, installing Debian's chromium if needed. */
export function chromium(): string {
  for (const p of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (p && fs.existsSync(p)) return p;
  aptInstall("chromium");
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error("chromium not found after installing it");
}

/** The flags headless Chromium needs here (no sandbox as root, no network of its own). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
