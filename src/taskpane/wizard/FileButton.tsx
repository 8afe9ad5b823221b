import * as React from "react";
import { Button } from "@fluentui/react-components";

/**
 * A button that opens the file chooser (a hidden file input, labelled for assistive technology
 * and tests) and hands the chosen file to `onFile`; the input is cleared once `onFile` has
 * settled, so the same file chosen again (after fixing it) is read again.
 *
 * @example <FileButton label="Read a file…" inputLabel="Indicator file (.csv)" accept=".csv" onFile={read} />
 */
export function FileButton(props: {
  label: string;
  inputLabel: string;
  accept: string;
  onFile: (file: File) => Promise<void>;
}) {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>{props.label}</Button>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        aria-label={props.inputLabel}
        tabIndex={-1}
        style={{ display: "none" }}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          if (!chosen) return;
          void props.onFile(chosen).finally(() => {
            if (input.current) input.current.value = "";
          });
        }}
      />
    </>
  );
}
