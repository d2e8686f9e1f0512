/**
 * Puts the send guard's dialog on the page in its own shadow root, like the
 * overlay, and keeps the keys typed in it from reaching the site's shortcuts.
 */
import { render } from 'preact';
import { OVERLAY_CSS } from '../overlay/styles';
import { type SendDialogProps, SendDialog } from './SendDialog';
import { SEND_DIALOG_CSS } from './styles';

/** Events that would let the site act on what happens in the dialog (its keyboard shortcuts, its paste handlers). */
const KEPT_INSIDE = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut'] as const;

export interface OpenDialog {
  close(): void;
}

export function openSendDialog(props: SendDialogProps): OpenDialog {
  const host = document.createElement('postguard-send-dialog');
  host.setAttribute('data-postguard-host', '');
  host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS + SEND_DIALOG_CSS;
  const mount = document.createElement('div');
  mount.className = 'pg';
  shadow.append(style, mount);
  for (const type of KEPT_INSIDE) host.addEventListener(type, (e) => e.stopPropagation());
  (document.body ?? document.documentElement).append(host);

  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    render(null, mount);
    host.remove();
  };
  render(<SendDialog {...props} />, mount);
  return { close };
}
