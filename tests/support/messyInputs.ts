/** Inputs with problems the Status sheet reports, for its tests. */
import type { EvaluationModel } from "../../src/workbook/model";
import { sampleInputs } from "../../src/workbook/sample";
import type { CellValue } from "../../src/workbook/spec";

/** The sample with an inconsistent block (Basic support, expert 1) and three entries missing. */
export function messyInputs(model: EvaluationModel): Map<string, CellValue> {
  const inputs = sampleInputs(model);
  inputs.set("j|C11|e1|I111|I112", 9);
  inputs.set("j|C11|e1|I112|I113", 9);
  inputs.set("j|C11|e1|I111|I113", "1/9");
  inputs.delete("j|GOAL|e2|C1|C2");
  inputs.delete("s|I112|e3");
  inputs.delete("q|I121|2019");
  return inputs;
}
