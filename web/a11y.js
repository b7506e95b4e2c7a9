// The accessible layer over the canvas (ui/a11y.h): the app's headings, text, links, buttons, toggles and
// fields as real, transparent elements where the app draws them, for screen readers (and tests). Loaded
// after the first frame (app.js): the first frame does not wait for it. Each update is the app's nodes, one
// per line (a11y::FormatNodes); elements are kept by ImGui ID and touched only when their node changed.
//
// The mouse over an element goes on to the canvas, where ImGui clicks what it draws there. The keyboard goes
// to ImGui as always (GLFW listens on the window), so Enter and Space are kept from the element. An
// activation that is neither (a screen reader's, element.click()) asks the app to press the item; a focus
// given from outside asks ImGui to focus it; and the element of ImGui's focus gets the DOM focus.
(() => {
  'use strict';
  const Module = window.Module;
  const canvas = Module.canvas;
  const layer = document.createElement('div');
  layer.className = 'a11y';
  const live = document.createElement('p');
  live.className = 'a11y-live';
  live.setAttribute('role', 'status'); // polite: announced when the reader is free
  // Roles (a11y::Role): Text, Heading, Link, Button, Toggle, Checkbox, TextField, Status, List, ListItem, End.
  const TAGS = ['p', 'h', 'a', 'button', 'button', 'input', 'input', '', 'ul', 'li'];
  const LINK = 2, BUTTON = 3, TOGGLE = 4, CHECKBOX = 5, FIELD = 6, STATUS = 7, LIST = 8, ITEM = 9, END = 10;
  // ARIA attribute, Node::state bit, the role it belongs to (-1: any). A chosen item is "current": aria-selected
  // belongs to options and tabs, not to buttons.
  const ARIA = [['aria-pressed', 1, TOGGLE], ['aria-expanded', 2, BUTTON], ['aria-current', 4, -1], ['aria-disabled', 8, -1]];
  const nodes = new Map(); // 'id role level' -> element
  let byId = new Map();
  let focused = '0';
  let focusing = false;
  const ask = (action, el) => Module._portfolio_a11y_action(action, +el.dataset.id);
  const within = (node) => node instanceof Node && layer.contains(node);

  const forward = (e) => {
    const copy = new e.constructor(e.type, e);
    canvas.dispatchEvent(copy);
    // mousedown: the DOM focus stays with ImGui's (ImGui moves its focus on a click; the element follows).
    if (copy.defaultPrevented || e.type === 'mousedown') e.preventDefault();
  };
  for (const type of ['mousedown', 'mouseup', 'mousemove', 'wheel']) layer.addEventListener(type, forward, { passive: false });
  layer.addEventListener('mouseout', (e) => {
    if (!within(e.relatedTarget) && e.relatedTarget !== canvas) canvas.dispatchEvent(new MouseEvent('mouseleave', e));
  });
  // Moving between the canvas and an element over it is not leaving the canvas.
  for (const type of ['mouseleave', 'mouseenter']) {
    window.addEventListener(type, (e) => { if (e.target === canvas && within(e.relatedTarget)) e.stopImmediatePropagation(); }, true);
  }
  layer.addEventListener('click', (e) => {
    const el = e.target.closest('[data-id]');
    if (!el) return;
    e.preventDefault(); // links open through the app (its URL rule, a new tab); a checkbox shows the app's state
    if (e.detail === 0) ask(0, el); // a mouse click reached the canvas already
  });
  layer.addEventListener('keydown', (e) => { if ((e.key === 'Enter' || e.key === ' ') && e.target.type !== 'text') e.preventDefault(); });
  layer.addEventListener('keyup', (e) => { if (e.key === ' ' && e.target.type !== 'text') e.preventDefault(); });
  layer.addEventListener('focusin', (e) => {
    const el = e.target.closest('[data-id]');
    if (el && !focusing && el.dataset.id !== focused) ask(1, el);
  });

  const make = (role, level) => {
    const el = document.createElement(role === 1 ? 'h' + Math.min(Math.max(level, 1), 3) : TAGS[role]);
    if (role === BUTTON || role === TOGGLE) el.type = 'button';
    if (role === CHECKBOX) el.type = 'checkbox';
    if (role === FIELD) el.inputMode = 'none'; // typing goes to ImGui; a phone's keyboard comes with its own input (the text proxy)
    if (role === LINK) { el.target = '_blank'; el.rel = 'noopener noreferrer'; }
    return el;
  };
  const describe = (el, role, state, label, value) => {
    if (role === CHECKBOX || role === FIELD || role === LIST) el.setAttribute('aria-label', label);
    else if (role !== ITEM) el.textContent = label;
    if (role === CHECKBOX) el.checked = (state & 1) !== 0;
    if (role === FIELD) el.value = value;
    if (role === LINK) { if (/^(https?|mailto):/i.test(value)) el.href = value; else el.removeAttribute('href'); } // the app's rule again
    for (const aria of ARIA) {
      if (aria[2] >= 0 && aria[2] !== role) continue;
      if (state & aria[1]) el.setAttribute(aria[0], 'true');
      else if (aria[0] === 'aria-pressed') el.setAttribute(aria[0], 'false');
      else el.removeAttribute(aria[0]);
    }
  };
  // Moves only what moved: moving the focused element would blur it.
  const place = (el, parent, after) => {
    const want = after ? after.nextSibling : parent.firstChild;
    if (el !== want) parent.insertBefore(el, want);
  };

  const show = (text) => {
    const lines = text.split('\n');
    const seen = new Set();
    const stack = [layer];
    const after = [null];
    byId = new Map();
    let status = null;
    for (let i = 1; i < lines.length; i++) {
      const f = lines[i].split('\t'); // id, role, level, state, x, y, w, h, label, url or value
      if (f.length < 10) continue;
      const role = +f[1];
      if (role === END) { if (stack.length > 1) { stack.pop(); after.pop(); } continue; }
      if (role === STATUS) { status = f[8]; continue; }
      const key = f[0] + ' ' + f[1] + ' ' + f[2]; // a node that changes kind gets a new element
      let el = nodes.get(key);
      if (!el) {
        el = make(role, +f[2]);
        el.dataset.id = f[0];
        nodes.set(key, el);
      }
      seen.add(key);
      byId.set(f[0], el);
      const content = f[3] + '\t' + f[8] + '\t' + f[9];
      if (el.portfolioContent !== content) {
        el.portfolioContent = content;
        describe(el, role, +f[3], f[8], f[9]);
      }
      const box = f[4] + ' ' + f[5] + ' ' + f[6] + ' ' + f[7];
      if (role < LIST && el.portfolioBox !== box) {
        el.portfolioBox = box;
        Object.assign(el.style, { left: f[4] + 'px', top: f[5] + 'px', width: f[6] + 'px', height: f[7] + 'px' });
      }
      place(el, stack[stack.length - 1], after[after.length - 1]);
      after[after.length - 1] = el;
      if (role === LIST || role === ITEM) { stack.push(el); after.push(null); }
    }
    nodes.forEach((el, key) => { if (!seen.has(key)) { el.remove(); nodes.delete(key); } });
    if (status !== null && live.textContent !== status) live.textContent = status;
    followFocus(lines[0]);
  };

  // The element of ImGui's focus takes the DOM focus, unless the page's own focus is elsewhere (the
  // on-screen keyboard's input); ImGui's focus gone, the canvas has it again.
  // A text field edited by touch is the on-screen keyboard's input's to focus (platform/web_library.js
  // text proxy): the mirror's field taking it first would raise the wrong keyboard.
  let touching = false;
  window.addEventListener('touchstart', () => { touching = true; }, { capture: true, passive: true });
  for (const type of ['mousedown', 'keydown']) window.addEventListener(type, () => { touching = false; }, { capture: true, passive: true });
  const followFocus = (id) => {
    if (id === focused) return;
    focused = id;
    const el = byId.get(id);
    const active = document.activeElement;
    if (active && active !== document.body && active !== canvas && !within(active)) return;
    if (touching && el && el.tagName === 'INPUT' && el.type === 'text') return;
    focusing = true;
    if (el) el.focus({ preventScroll: true });
    else if (within(active)) canvas.focus({ preventScroll: true });
    focusing = false;
  };

  // The layer appears once its styles are there (unstyled, its elements would show over the canvas).
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('a11y.css', document.currentScript.src).href;
  style.onload = () => {
    canvas.after(layer, live);
    Module.a11yLayer = layer;
    Module.showSemantics = show;
    if (Module.semantics) show(Module.semantics);
  };
  document.head.appendChild(style);
})();
