/** Styles of the send guard's dialog, on top of the overlay's (colours, findings, buttons). */
export const SEND_DIALOG_CSS = `
.backdrop {
  position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  background: rgba(15, 23, 42, 0.45); pointer-events: auto; padding: 16px;
}
.send-dialog {
  background: var(--pg-bg); color: var(--pg-fg); border: 1px solid var(--pg-border);
  border-top: 4px solid var(--pg-block); border-radius: 12px; box-shadow: var(--pg-shadow);
  width: min(460px, 100%); max-height: 100%; overflow: auto; padding: 16px 18px;
}
.send-dialog[data-severity="warn"] { border-top-color: var(--pg-warn); }
.send-dialog h2 { font-size: 16px; margin: 0 0 4px; }
.send-dialog > p { margin: 0 0 8px; }
.send-dialog ul { list-style: none; margin: 0 0 10px; padding: 0; }
.send-note { color: var(--pg-muted); font-size: 12px; }
.justify { display: flex; flex-direction: column; gap: 8px; margin: 4px 0 12px; }
.justify-heading { font-weight: 600; margin: 0; }
.justify label { display: flex; flex-direction: column; gap: 4px; font-size: 12px; color: var(--pg-muted); }
.justify select, .justify textarea {
  font: 13px/1.4 system-ui, sans-serif; color: var(--pg-fg); background: var(--pg-bg);
  border: 1px solid var(--pg-border); border-radius: 6px; padding: 6px 8px;
}
.justify textarea { resize: vertical; min-height: 60px; }
.justify select:focus-visible, .justify textarea:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 1px; }
.justify [aria-invalid="true"] { border-color: var(--pg-block); }
.counter { margin: 0; font-size: 12px; color: var(--pg-muted); text-align: right; }
.error { margin: 0; font-size: 12px; color: var(--pg-block); font-weight: 600; }
.send-dialog .actions { justify-content: flex-end; }
.send-dialog .actions button { font-size: 13px; padding: 6px 12px; }
.actions button.danger { border-color: var(--pg-block); color: var(--pg-block); }
`;
