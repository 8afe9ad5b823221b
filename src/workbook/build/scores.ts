/** The Expert Scores sheet: qualitative indicators × experts, the evaluation sample matrix. */
import { IndicatorNode, indicators, topCriteria } from "../model";
import { scaleMax, scaleOf } from "../layout";
import { scoreKey } from "../keys";
import { colName, rangeOf } from "../spec";
import type { BuildContext } from "./context";

export function buildScoresSheet(ctx: BuildContext): void {
  const s = ctx.settings;
  const sh = ctx.sheet("scores");
  const scale = scaleOf(s);
  const max = scaleMax(s);
  const experts = s.experts;
  const t = ctx.t;
  sh.put(0, 0, { value: t.scores.title, style: "title" });
  [t.common.id, t.common.indicator, t.common.criterion].forEach((h, c) =>
    sh.put(3, c, { value: h, style: "header" })
  );
  experts.forEach((e, h) => sh.put(3, 3 + h, { value: e, style: "header" }));
  sh.put(3, 3 + experts.length, { value: t.common.note, style: "header" });
  const qual = indicators(ctx.model).filter((n) => n.type === "qualitative");
  const tops = topCriteria(ctx.model);
  // One block of rows per unit; with several, each under a heading with the unit's name.
  let r = 4;
  for (const unit of qual.length > 0 ? ctx.units : []) {
    if (ctx.several) {
      if (r > 4) r++;
      unit.scoresAt = sh.ref(r, 0);
      sh.put(r++, 0, { value: unit.name, style: "subtitle" });
    }
    const top = r;
    qual.forEach((node) => {
      sh.put(r, 0, { value: node.id });
      sh.put(r, 1, { value: node.name, style: node.example ? "example" : "label" });
      sh.put(r, 2, { value: (tops.get(node.id) as IndicatorNode).name });
      const row = r;
      unit.expertScoreRefs.set(
        node.id,
        experts.map((_, h) => {
          sh.input(row, 3 + h, scoreKey(node.id, h + 1, unit.key));
          return sh.ref(row, 3 + h);
        })
      );
      sh.put(r, 3 + experts.length, {
        value: node.example ? t.common.exampleNote : "",
        style: "note",
      });
      r++;
    });
    if (qual.length > 0) {
      sh.spec.validations.push({
        range: rangeOf(top, 3, top + qual.length - 1, 3 + experts.length - 1),
        kind: "decimal",
        min: 0,
        max,
        prompt: t.scores.prompt(max),
        error: t.scores.error(max, s.scale),
      });
    }
  }
  if (qual.length === 0) sh.put(4, 0, { value: t.common.noQualitative, style: "note" });
  Object.assign(sh.spec.columnWidths, { A: 8, B: 42, C: 22, [colName(3 + experts.length)]: 36 });
  for (let h = 0; h < experts.length; h++) sh.spec.columnWidths[colName(3 + h)] = 11;
  sh.note(
    1,
    t.scores.note(
      max,
      s.scale,
      scale.labels.map((l, e) => `${l} ${scale.centres[e]}`).join(t.status.countsJoin),
      ctx.several
    ),
    3 + experts.length
  );
  sh.page({ freeze: { rows: 4, columns: 2 }, landscape: true, titleRows: { first: 3, last: 3 } });
}
