// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../adapters/index';
import type { SendShortcut, SendSpec } from '../adapters/types';
import {
  boxAt,
  boxesSentByControl,
  firesClickOnKeys,
  isActivationKey,
  isSendShortcut,
  type SendableBox,
  unattributedControl,
} from './match';

function page(html: string): void {
  document.body.innerHTML = html; // test markup only, never page text
}
afterEach(() => {
  document.body.innerHTML = '';
});

const sendOf = (site: string, index = 0): SendSpec =>
  ADAPTERS.find((a) => a.id === site)!.adapter.boxes[index]!.send;

function boxes(selector: string, send: SendSpec): SendableBox<string>[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].map((element, i) => ({
    element,
    send,
    box: `box${i}`,
  }));
}

/** The composed path of an event at `el`, as the browser would report it. */
function pathOf(el: Element): EventTarget[] {
  let path: EventTarget[] = [];
  el.addEventListener('click', (e) => (path = e.composedPath()), { once: true });
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  return path;
}

describe('boxesSentByControl', () => {
  it('maps X’s inline button and its dialog button to the box in the same container', () => {
    page(`<main data-testid="primaryColumn">
        <div class="ed" id="inline"></div><button data-testid="tweetButtonInline"><span>Post</span></button>
        <div role="dialog"><div class="ed" id="modal"></div><button data-testid="tweetButton">Post</button></div>
      </main>`);
    const all = boxes('.ed', sendOf('x'));
    const inline = boxesSentByControl(
      pathOf(document.querySelector('[data-testid="tweetButtonInline"] span')!),
      all,
    );
    expect(inline?.control.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(inline?.boxes.map((b) => b.element.id)).toEqual(['inline']);
    // The column holds the dialog too, but the dialog's button sends only the dialog's box.
    const modal = boxesSentByControl(pathOf(document.querySelector('[data-testid="tweetButton"]')!), all);
    expect(modal?.boxes.map((b) => b.element.id)).toEqual(['modal']);
  });

  it('sends every box of a thread with the one dialog button', () => {
    page(
      `<div role="dialog"><div class="ed"></div><div class="ed"></div><button data-testid="tweetButton">Post all</button></div>`,
    );
    const hit = boxesSentByControl(pathOf(document.querySelector('button')!), boxes('.ed', sendOf('x')));
    expect(hit?.boxes.map((b) => b.box)).toEqual(['box0', 'box1']);
  });

  it('tells Instagram’s "Post" apart from the other buttons of the form by its text', () => {
    page(`<form><textarea aria-label="Add a comment…"></textarea>
        <div role="button" id="emoji">😀</div><div role="button" id="post">Post</div></form>`);
    const all = boxes('textarea', sendOf('instagram'));
    expect(boxesSentByControl(pathOf(document.getElementById('emoji')!), all)).toBeNull();
    expect(boxesSentByControl(pathOf(document.getElementById('post')!), all)?.control.id).toBe('post');
  });

  it('finds Reddit’s slotted submit button in the same <shreddit-composer>', () => {
    page(`<form><shreddit-composer><div slot="rte" class="ed"></div>
        <button slot="submit-button" type="submit">Comment</button></shreddit-composer></form>`);
    const composer = document.querySelector('shreddit-composer')!;
    composer.attachShadow({ mode: 'open' }).innerHTML =
      '<slot name="rte"></slot><slot name="submit-button"></slot>';
    const hit = boxesSentByControl(pathOf(document.querySelector('button')!), boxes('.ed', sendOf('reddit')));
    expect(hit?.boxes).toHaveLength(1);
  });

  it('ignores a control of another composer, a disabled control, and clicks elsewhere', () => {
    page(`<ytd-commentbox id="a"><div class="ed"></div><div id="submit-button"><button id="sa">Comment</button></div></ytd-commentbox>
      <ytd-commentbox id="b"><div id="submit-button"><button id="sb" disabled>Comment</button></div></ytd-commentbox>
      <p id="elsewhere">text</p>`);
    const all = boxes('.ed', sendOf('youtube'));
    expect(boxesSentByControl(pathOf(document.getElementById('sa')!), all)?.boxes).toHaveLength(1);
    expect(boxesSentByControl(pathOf(document.getElementById('sb')!), all)).toBeNull();
    expect(boxesSentByControl(pathOf(document.getElementById('elsewhere')!), all)).toBeNull();
  });

  it('treats an aria-disabled control as no send (Facebook’s "Post" while empty)', () => {
    page(
      `<div role="dialog"><div class="ed"></div><div role="button" aria-label="Post" aria-disabled="true">Post</div></div>`,
    );
    const all = boxes('.ed', sendOf('facebook', 1));
    expect(boxesSentByControl(pathOf(document.querySelector('[aria-label="Post"]')!), all)).toBeNull();
  });
});

describe('unattributedControl', () => {
  it('reports a send control that no box’s container holds, and nothing else', () => {
    page(`<div class="ed"></div><div id="elsewhere"><div role="button" aria-label="Post" id="post">Post</div></div>
      <div role="dialog"><div class="ed2"></div><div role="button" aria-label="Post" id="inside">Post</div></div>`);
    const all = [...boxes('.ed', sendOf('facebook', 1)), ...boxes('.ed2', sendOf('facebook', 1))];
    expect(unattributedControl(pathOf(document.getElementById('post')!), all)?.id).toBe('post');
    expect(boxesSentByControl(pathOf(document.getElementById('inside')!), all)?.control.id).toBe('inside');
    expect(unattributedControl(pathOf(document.querySelector('.ed')!), all)).toBeNull();
  });
});

describe('boxAt', () => {
  it('finds the box an event happened in', () => {
    page(`<div class="ed"><p><span id="inner">hi</span></p></div><p id="out"></p>`);
    const all = boxes('.ed', sendOf('bluesky'));
    expect(boxAt(document.getElementById('inner')!, all)?.box).toBe('box0');
    expect(boxAt(document.getElementById('out')!, all)).toBeNull();
    expect(boxAt(undefined, all)).toBeNull();
  });
});

describe('keys', () => {
  const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });
  it.each<[string, KeyboardEventInit, readonly SendShortcut[], boolean]>([
    ['Enter where Enter sends', {}, ['Enter'], true],
    ['Enter where only Ctrl+Enter sends', {}, ['Mod+Enter'], false],
    ['Ctrl+Enter', { ctrlKey: true }, ['Mod+Enter'], true],
    ['Cmd+Enter', { metaKey: true }, ['Mod+Enter'], true],
    ['Ctrl+Enter where Enter sends', { ctrlKey: true }, ['Enter'], false],
    ['Shift+Enter (a new line)', { shiftKey: true }, ['Enter', 'Mod+Enter'], false],
    ['Enter while an IME composes', { isComposing: true }, ['Enter'], false],
    ['another key', { key: 'a', ctrlKey: true }, ['Mod+Enter'], false],
    ['Enter on a site with no shortcut', {}, [], false],
  ])('%s', (_, init, shortcuts, sends) => {
    expect(isSendShortcut(key(init), shortcuts)).toBe(sends);
  });

  it('activation keys are Enter and Space alone', () => {
    expect(isActivationKey(key({}))).toBe(true);
    expect(isActivationKey(key({ key: ' ' }))).toBe(true);
    expect(isActivationKey(key({ ctrlKey: true }))).toBe(false);
  });

  it('native buttons fire a click on Enter/Space; div[role=button]s do not', () => {
    page(`<button id="b"></button><input type="submit" id="s"><div role="button" id="d"></div>`);
    expect(firesClickOnKeys(document.getElementById('b')!)).toBe(true);
    expect(firesClickOnKeys(document.getElementById('s')!)).toBe(true);
    expect(firesClickOnKeys(document.getElementById('d')!)).toBe(false);
  });
});
