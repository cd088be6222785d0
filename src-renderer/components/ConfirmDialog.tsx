import { useEffect, useRef } from 'react';

interface ConfirmDialogProps {
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A native modal dialog: focus stays inside, Esc cancels, and the safe choice has the focus. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <p>{props.message}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={props.onCancel} autoFocus>
          {props.cancelLabel}
        </button>
        <button type="button" className={props.danger ? 'danger' : undefined} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
