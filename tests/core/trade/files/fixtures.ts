/** The trade fixtures (tests/fixtures/trade/) as rows of cells, decoded and split as the wizard does. */
import * as fs from "fs";
import * as path from "path";
import { decodeText, parseDelimited } from "../../../../src/workbook/delimited";

export const FIXTURES = path.resolve(__dirname, "../../../fixtures/trade");

export function fixtureRows(name: string): string[][] {
  const { text } = decodeText(fs.readFileSync(path.join(FIXTURES, name)));
  return parseDelimited(text).rows;
}
