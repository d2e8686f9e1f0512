/** Styles of the overlay, scoped by its shadow root. Light and dark follow the system setting. */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.pg {
  --pg-bg: #ffffff; --pg-fg: #1b1f24; --pg-muted: #57606a; --pg-border: #d0d7de;
  --pg-block: #c62828; --pg-warn: #a15c00; --pg-suggestion: #1e5fb4; --pg-ok: #1a7f37;
  --pg-focus: #0969da; --pg-on-focus: #ffffff; --pg-button: #f6f8fa; --pg-shadow: 0 8px 24px rgba(15, 23, 42, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--pg-fg);
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  .pg {
    --pg-bg: #1f2428; --pg-fg: #e6edf3; --pg-muted: #9da7b3; --pg-border: #3d444d;
    --pg-block: #ff7b72; --pg-warn: #f0b454; --pg-suggestion: #79b8ff; --pg-ok: #56d364;
    --pg-focus: #58a6ff; --pg-on-focus: #0d1117; --pg-button: #2d333b; --pg-shadow: 0 8px 24px rgba(0, 0, 0, 0.5);
  }
}
.badge {
  position: fixed; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px;
  height: 24px; min-width: 24px; padding: 0 7px; border-radius: 12px; cursor: pointer;
  border: 1px solid var(--pg-border); background: var(--pg-bg); color: var(--pg-muted);
  font: 600 12px/1 system-ui, sans-serif; box-shadow: 0 1px 3px rgba(0,0,0,0.15); opacity: 0.92;
}
.badge:hover { opacity: 1; }
.badge[data-worst="block"] { border-color: var(--pg-block); color: var(--pg-block); }
.badge[data-worst="warn"] { border-color: var(--pg-warn); color: var(--pg-warn); }
.badge[data-worst="suggestion"] { border-color: var(--pg-suggestion); color: var(--pg-suggestion); }
.badge .shield { width: 12px; height: 12px; }
button:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 2px; }
.panel, .card {
  position: fixed; pointer-events: auto; background: var(--pg-bg); color: var(--pg-fg);
  border: 1px solid var(--pg-border); border-radius: 10px; box-shadow: var(--pg-shadow);
  width: min(380px, calc(100vw - 16px)); max-height: min(460px, calc(100vh - 16px)); overflow: auto;
}
.panel header { display: flex; align-items: center; justify-content: space-between; padding: 10px 12px 6px; }
.panel h2 { font-size: 14px; margin: 0; }
.panel .empty { padding: 4px 12px 14px; color: var(--pg-muted); margin: 0; }
.panel ul { list-style: none; margin: 0; padding: 0 6px 8px; }
.finding { border-left: 3px solid var(--pg-muted); margin: 6px 0; padding: 6px 8px; border-radius: 4px; }
.finding[data-severity="block"] { border-left-color: var(--pg-block); }
.finding[data-severity="warn"] { border-left-color: var(--pg-warn); }
.finding[data-severity="suggestion"] { border-left-color: var(--pg-suggestion); }
.finding .title { font-weight: 600; display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.sev { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; font-weight: 700; }
.sev[data-severity="block"] { color: var(--pg-block); }
.sev[data-severity="warn"] { color: var(--pg-warn); }
.sev[data-severity="suggestion"] { color: var(--pg-suggestion); }
.quote { font-family: ui-monospace, monospace; font-size: 12px; color: var(--pg-muted); word-break: break-word; }
.what { margin: 4px 0 2px; }
.why { margin: 2px 0 6px; color: var(--pg-muted); font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions button, .close {
  font: 500 12px/1.2 system-ui, sans-serif; padding: 5px 9px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--pg-border); background: var(--pg-button); color: var(--pg-fg);
}
.actions button.primary { background: var(--pg-focus); border-color: var(--pg-focus); color: var(--pg-on-focus); }
.close { padding: 3px 8px; }
.card { padding: 10px 12px; width: min(340px, calc(100vw - 16px)); }
.status { margin: 0 12px 10px; padding: 6px 8px; border-radius: 6px; background: var(--pg-button); font-size: 12px; }
.underline { position: fixed; pointer-events: none; height: 2px; border-radius: 1px; }
.underline[data-severity="block"] { background: var(--pg-block); }
.underline[data-severity="warn"] { background: var(--pg-warn); }
.underline[data-severity="suggestion"] { background: var(--pg-suggestion); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.mirror { position: fixed; pointer-events: none; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; }
.mirror span[data-severity] { text-decoration: underline wavy; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.mirror span[data-severity="block"] { text-decoration-color: var(--pg-block); }
.mirror span[data-severity="warn"] { text-decoration-color: var(--pg-warn); }
.mirror span[data-severity="suggestion"] { text-decoration-style: dotted; text-decoration-color: var(--pg-suggestion); }
`;
