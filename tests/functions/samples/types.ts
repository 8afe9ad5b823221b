/**
 * One Excel-shaped call of a custom function by id, used by the bundle contract test
 * (tests/functions/bundle.test.ts) to call dist/functions.js exactly as Excel would.
 * `expect` is the exact result (numbers compared to 1e-9 relative) or, for errors, the
 * Excel error code ("#VALUE!", "#N/A").
 */
export interface Sample {
  id: string;
  args: unknown[];
  expect: unknown;
  note?: string;
}
