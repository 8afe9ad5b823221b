/**
 * A question before something that replaces or removes the user's work. Closing it (any
 * answer, Escape) calls `returnFocus` once React has removed it, so focus never drops to the
 * page body; useOpener remembers where focus was when the question was asked.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useMessages } from "../i18n/context";

export interface ConfirmAction {
  label: string;
  primary?: boolean;
  onClick: () => void;
}

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children: React.ReactNode;
  /** The answers that go ahead, in order; "Cancel" (named by `cancelLabel`) is always last. */
  actions: readonly ConfirmAction[];
  cancelLabel?: string;
  onCancel: () => void;
  /** Puts focus where it belongs after the dialog closed. */
  returnFocus: () => void;
}) {
  const m = useMessages();
  const close = (then: () => void) => {
    then();
    // once the dialog has gone (after its closing animation), where its own focus trap is lifted
    let frames = 0;
    const whenGone = () => {
      if (document.querySelector(".fui-DialogSurface") && frames++ < 120)
        requestAnimationFrame(whenGone);
      else props.returnFocus();
    };
    requestAnimationFrame(whenGone);
  };
  return (
    <Dialog
      open={props.open}
      modalType="modal"
      onOpenChange={(_, d) => {
        if (!d.open) close(props.onCancel);
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions fluid className="confirm-actions">
            {props.actions.map((a) => (
              <Button
                key={a.label}
                appearance={a.primary ? "primary" : "secondary"}
                onClick={() => close(a.onClick)}
              >
                {a.label}
              </Button>
            ))}
            <Button onClick={() => close(props.onCancel)}>
              {props.cancelLabel ?? m.common.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * Remembers the element focused when a question is asked (call `remember` in the event handler
 * that opens it) and, once the dialog has gone, focuses it again or calls `fallback` when it is
 * gone. When the answer has already put focus somewhere outside the dialog (a removal focusing
 * the node now selected), `restore` leaves it there: a slow closing animation must not pull focus
 * back afterwards. `forget` makes the next `restore` use `fallback` (an answer that acted).
 *
 * @example const opener = useOpener(); … opener.remember(); … returnFocus={() => opener.restore(focusTree)}
 */
export function useOpener(): {
  remember: () => void;
  forget: () => void;
  restore: (fallback: () => void) => void;
} {
  const el = React.useRef<HTMLElement | null>(null);
  return {
    remember: () => {
      el.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    forget: () => {
      el.current = null;
    },
    restore: (fallback) => {
      const back = el.current;
      el.current = null;
      const here = document.activeElement;
      const placed =
        here instanceof HTMLElement &&
        here !== document.body &&
        here.isConnected &&
        here.closest('[role="dialog"], [role="alertdialog"]') === null;
      if (placed) return;
      if (back && back.isConnected && back !== document.body) back.focus();
      else fallback();
    },
  };
}
