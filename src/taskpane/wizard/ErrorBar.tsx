import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/** An error the pane words itself, in its language (anything else thrown is English). */
export class PaneError extends Error {}

/** An error message to show, and whether it is English whatever the pane's language. */
export interface ShownError {
  text: string;
  english: boolean;
}

/**
 * A step's error message (nothing when there is none). Messages of src/core and src/workbook
 * (an InputError, a file that cannot be read) are English: marked lang="en".
 */
export function ErrorBar(props: { error: ShownError | null }) {
  if (!props.error) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <span lang={props.error.english ? "en" : undefined}>{props.error.text}</span>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The message of anything thrown. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** What ErrorBar shows for anything thrown: a PaneError in the pane's language, else English. */
export function shownError(e: unknown): ShownError {
  return { text: messageOf(e), english: !(e instanceof PaneError) };
}
