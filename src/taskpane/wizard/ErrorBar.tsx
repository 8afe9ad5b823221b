import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** A step's error message (nothing when there is none). */
export function ErrorBar(props: { error: string | null }) {
  if (!props.error) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{props.error}</MessageBarBody>
    </MessageBar>
  );
}

/** The message of anything thrown. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
