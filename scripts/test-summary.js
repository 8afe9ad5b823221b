#!/usr/bin/env node
/**
 * Prints the plain closing line CI reads, `N passed, N failed`, from Jest's JSON results
 * (written by `npm test`: jest --json --outputFile=test-artifacts/jest.json), and exits
 * 0 when everything passed, 1 when anything failed, 2 when there are no usable results.
 *
 * A test suite that failed without running any test (a compile error, a throw at load time)
 * counts as one failed test.
 *
 *   node scripts/test-summary.js [test-artifacts/jest.json]
 */
"use strict";
const fs = require("fs");
const path = require("path");

function summarise(results) {
  const suites = Array.isArray(results.testResults) ? results.testResults : [];
  let passed = Number(results.numPassedTests) || 0;
  let failed = Number(results.numFailedTests) || 0;
  const brokenSuites = suites.filter(
    (s) =>
      (s.status === "failed" || s.testExecError || s.failureMessage) &&
      !(s.assertionResults || []).some((a) => a.status === "failed")
  );
  // Suites that failed with no failed test of their own (nothing ran, or an error outside tests).
  failed += brokenSuites.length;
  const total = passed + failed;
  const ok = failed === 0 && results.success !== false && total > 0;
  return { passed, failed, ok, brokenSuites, total };
}

function main() {
  const file = path.resolve(
    process.argv[2] || path.join(__dirname, "..", "test-artifacts", "jest.json")
  );
  let results;
  try {
    results = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    console.error(
      `No Jest results at ${path.relative(process.cwd(), file)} (${e.code || e.message}): the build or Jest failed before reporting.`
    );
    return 2;
  }
  const { passed, failed, ok, brokenSuites, total } = summarise(results);
  for (const s of brokenSuites) {
    const msg =
      String(s.testExecError?.message || s.failureMessage || s.message || "failed")
        .split("\n")
        .find((l) => l.trim()) || "failed";
    console.error(
      `suite failed without a test result: ${path.relative(process.cwd(), s.name || "?")}: ${msg.trim()}`
    );
  }
  if (total === 0) console.error("Jest ran no test.");
  console.log(`${passed} passed, ${failed} failed`);
  return ok ? 0 : 1;
}

if (require.main === module) process.exit(main());

module.exports = { summarise };
