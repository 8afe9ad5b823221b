/**
 * Fields that keep what the user types. While a field is edited its raw text is a draft, kept in
 * the wizard's state (so it survives switching steps); the model changes only when the field is
 * left and its text is valid. An invalid text stays as typed, with the reason on the field.
 */
import * as React from "react";
import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { EvaluationModel } from "../../workbook/model";
import { en, Messages } from "../i18n/en";
import { useMessages } from "../i18n/context";
import { localizeProblem } from "../i18n/problems";

/** The text of a field being edited: `base` is the model's value (formatted) it was typed over. */
export interface Draft {
  text: string;
  base: string;
  /** True once the field has been left (or Continue pressed): its reason is then shown. */
  left: boolean;
}
export type Drafts = Readonly<Record<string, Draft>>;

/** Why a text is not valid, in the words of a message table. */
export type Reason = (t: Messages) => string;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Reason };

/** One editable value of the model: how it is shown, read back and applied. */
export interface FieldSpec<T> {
  name: string;
  label: (t: Messages) => string;
  get: (m: EvaluationModel) => T;
  format: (v: T) => string;
  /** Reads the text against the model (other fields' values), or gives the reason it is not valid. */
  parse: (text: string, m: EvaluationModel) => Parsed<T>;
  set: (m: EvaluationModel, v: T) => EvaluationModel;
}

// Specs of different value types live in one list; each is used only with its own values.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFieldSpec = FieldSpec<any>;

/** The draft of `spec` if it was typed over the model's current value (a draft over an older value is stale). */
export function liveDraft(spec: AnyFieldSpec, m: EvaluationModel, drafts: Drafts): Draft | null {
  const d = drafts[spec.name];
  return d !== undefined && d.base === spec.format(spec.get(m)) ? d : null;
}

/** The reason the field's text (draft or the model's value) is not valid, or null. */
export function fieldProblem(
  spec: AnyFieldSpec,
  m: EvaluationModel,
  drafts: Drafts
): Reason | null {
  const d = liveDraft(spec, m, drafts);
  const r = spec.parse(d ? d.text : spec.format(spec.get(m)), m);
  return r.ok ? null : r.reason;
}

/**
 * Applies every valid draft to the model (those of `specs`, in order, each parsed against the
 * model as the others change it: a first year after the old last year becomes valid once the
 * last year is moved too), and marks `left` fields as left. Returns the new model and drafts.
 */
export function commitDrafts(
  specs: readonly AnyFieldSpec[],
  model: EvaluationModel,
  drafts: Drafts,
  left: (name: string) => boolean
): { model: EvaluationModel; drafts: Drafts } {
  let m = model;
  const next: Record<string, Draft> = { ...drafts };
  let changed = true;
  const pending = new Set(specs.filter((s) => liveDraft(s, model, drafts)).map((s) => s.name));
  while (changed) {
    changed = false;
    for (const spec of specs) {
      if (!pending.has(spec.name)) continue;
      const d = next[spec.name];
      const r = spec.parse(d.text, m);
      if (!r.ok) continue;
      m = spec.set(m, r.value);
      next[spec.name] = { text: d.text, base: spec.format(r.value), left: true };
      pending.delete(spec.name);
      changed = true;
    }
  }
  for (const name of pending) if (left(name)) next[name] = { ...next[name], left: true };
  // Drafts of applied fields are re-based above; any other draft made stale by the new model goes.
  for (const spec of specs) {
    const d = next[spec.name];
    if (d !== undefined && !pending.has(spec.name) && d.base !== spec.format(spec.get(m)))
      delete next[spec.name];
  }
  return { model: m, drafts: next };
}

/** The props every step with draft fields receives from the wizard. */
export interface DraftProps {
  model: EvaluationModel;
  drafts: Drafts;
  /** Replaces model and drafts together (one render, no intermediate state). */
  onChange: (m: EvaluationModel, drafts: Drafts) => void;
}

/**
 * A field of `spec` over the model: a one-line input, or a multi-line text area with `rows`.
 * Its text is the draft while there is one, else the model's value.
 */
export function DraftField(
  props: DraftProps & {
    spec: AnyFieldSpec;
    specs: readonly AnyFieldSpec[];
    hint?: string;
    rows?: number;
    inputMode?: "decimal" | "numeric" | "text";
  }
) {
  const { spec, specs, model, drafts, onChange } = props;
  const t = useMessages();
  const draft = liveDraft(spec, model, drafts);
  const text = draft ? draft.text : spec.format(spec.get(model));
  const problem = shownProblem(spec, model, drafts);
  const edit = (value: string) =>
    onChange(model, {
      ...drafts,
      [spec.name]: { text: value, base: spec.format(spec.get(model)), left: false },
    });
  const leave = () => {
    if (!liveDraft(spec, model, drafts)) return;
    const r = commitDrafts(specs, model, drafts, (n) => n === spec.name);
    onChange(r.model, r.drafts);
  };
  return (
    <Field
      label={spec.label(t)}
      hint={props.hint}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ? problem(t) : undefined}
    >
      {props.rows ? (
        <Textarea
          rows={props.rows}
          value={text}
          onChange={(_, d) => edit(d.value)}
          onBlur={leave}
          resize="vertical"
        />
      ) : (
        <Input
          value={text}
          inputMode={props.inputMode}
          onChange={(_, d) => edit(d.value)}
          onBlur={leave}
        />
      )}
    </Field>
  );
}

/** The reason shown on the field: for a draft once the field was left, else for the model's value. */
export function shownProblem(
  spec: AnyFieldSpec,
  m: EvaluationModel,
  drafts: Drafts
): Reason | null {
  const d = liveDraft(spec, m, drafts);
  return d === null || d.left ? fieldProblem(spec, m, drafts) : null;
}

/**
 * The Continue button of a step: it applies the valid drafts first; while any field or model
 * problem remains it does not go on, and says beside the button what to fix.
 */
export function ContinueButton(
  props: DraftProps & {
    label: string;
    specs: readonly AnyFieldSpec[];
    /**
     * Problems of the model itself (validateModel, in English: the pane words them in its
     * language); one equal to a field's reason is shown once.
     */
    problems: (m: EvaluationModel) => string[];
    onNext: () => void;
  }
) {
  const { specs, model, drafts } = props;
  const t = useMessages();
  const id = `${React.useId().replace(/:/g, "")}-problems`;
  const shown = specs
    .map((s) => [s, shownProblem(s, model, drafts)] as const)
    .filter((p): p is readonly [AnyFieldSpec, Reason] => p[1] !== null);
  // a field's reason equal to a problem of the model is shown once (compared in English)
  const reasons = new Set(shown.map(([, why]) => why(en)));
  const all = [
    ...shown.map(([s, why]) => ({
      text: t.common.fieldProblem(s.label(t), why(t)),
      english: false,
    })),
    ...props
      .problems(model)
      .filter((p) => !reasons.has(p))
      .map((p) => localizeProblem(p, t)),
  ];
  const go = () => {
    const r = commitDrafts(specs, model, drafts, () => true);
    props.onChange(r.model, r.drafts);
    const blocked =
      specs.some((s) => fieldProblem(s, r.model, r.drafts) !== null) ||
      props.problems(r.model).length > 0;
    if (!blocked) props.onNext();
  };
  return (
    <div className="actions continue">
      <Button appearance="primary" onClick={go} aria-describedby={all.length > 0 ? id : undefined}>
        {props.label}
      </Button>
      {all.length > 0 && (
        <div id={id} className="continue-problems" role="status">
          {t.common.fixFirst(all.length)}
          {all.map((p, i) => (
            <React.Fragment key={i}>
              {i > 0 && " · "}
              <span lang={p.english ? "en" : undefined}>{p.text}</span>
            </React.Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
