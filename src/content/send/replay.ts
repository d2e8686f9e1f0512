/**
 * Sending a stopped post after all: the same event again, on the same element,
 * so that the site's own handlers post it exactly as they would have.
 */

/** A copy of a click (a PointerEvent in Chrome) with its position, button and modifier keys. */
export function copyClick(e: MouseEvent): MouseEvent {
  const init: PointerEventInit = {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: window,
    detail: e.detail,
    screenX: e.screenX,
    screenY: e.screenY,
    clientX: e.clientX,
    clientY: e.clientY,
    button: e.button,
    buttons: e.buttons,
    ctrlKey: e.ctrlKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
  };
  if (typeof PointerEvent === 'function' && e instanceof PointerEvent) {
    return new PointerEvent(e.type, {
      ...init,
      pointerId: e.pointerId,
      pointerType: e.pointerType,
      isPrimary: e.isPrimary,
    });
  }
  return new MouseEvent(e.type, init);
}

/** A copy of a key event, with the legacy `keyCode`/`which` that older handlers (Draft.js) read. */
export function copyKey(e: KeyboardEvent): KeyboardEvent {
  const copy = new KeyboardEvent(e.type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    view: window,
    key: e.key,
    code: e.code,
    location: e.location,
    repeat: e.repeat,
    ctrlKey: e.ctrlKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
  });
  // KeyboardEventInit has no keyCode: own properties shadow the prototype's getters.
  Object.defineProperties(copy, {
    keyCode: { value: e.keyCode },
    which: { value: e.which },
    charCode: { value: e.charCode },
  });
  return copy;
}
