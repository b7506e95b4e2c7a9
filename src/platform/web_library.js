// The web platform's JavaScript side (linked with --js-library; called from platform/web.cpp through
// the extern "C" declarations there): links, the clipboard, the URL, the parent page, the system's
// preferences, touch, paste, the on-screen keyboard, downloads and time zones. Events go back to C++
// through the exported portfolio_* functions (src/web.cmake lists them). Strings returned to C++ are
// malloc'd UTF-8 that the caller frees.
mergeInto(LibraryManager.library, {
  portfolio_js_open_url: function (url) {
    const w = window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
    if (w) w.opener = null;
  },

  portfolio_js_copy_text: function (text) {
    const value = UTF8ToString(text);
    const fallback = () => {
      const area = document.createElement('textarea');
      area.value = value;
      area.readOnly = true;
      area.className = 'clipboard-helper';
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
      area.remove();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(fallback);
    else fallback();
  },

  // window.portfolio: state() for tests and embedders; `ready` and 'portfolio:firstframe' once drawn.
  portfolio_js_install_api: function () {
    const api = window.portfolio || {};
    api.ready = false;
    api.state = () => JSON.parse(UTF8ToString(Module._portfolio_state_json()));
    api.heapBytes = () => HEAP8.buffer.byteLength;  // the wasm memory (it only grows): the peak heap
    window.portfolio = api;
  },

  portfolio_js_first_frame: function () {
    window.portfolio.ready = true;
    window.dispatchEvent(new Event('portfolio:firstframe'));
  },

  portfolio_js_location_hash__deps: ['$stringToNewUTF8'],
  portfolio_js_location_hash: function () {
    return stringToNewUTF8(location.hash.replace(/^#/, ''));
  },

  portfolio_js_location_search__deps: ['$stringToNewUTF8'],
  portfolio_js_location_search: function () {
    return stringToNewUTF8(location.search);
  },

  portfolio_js_set_location_hash: function (hash, push) {
    const text = UTF8ToString(hash);
    const url = text === '/' || text === '' ? location.pathname + location.search : '#' + text;
    if ((text === '/' || text === '') ? location.hash === '' : location.hash === '#' + text) return;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  },

  portfolio_js_watch_hash: function () {
    window.addEventListener('hashchange', () => Module._portfolio_on_hashchange());
    window.addEventListener('popstate', () => Module._portfolio_on_hashchange());
  },

  // Inside an iframe: the embedding page's origin is the first ancestor origin (Chromium, Safari), else the
  // referrer's. Only messages from the parent window and that origin reach C++, and only plain objects.
  portfolio_js_install_parent_channel__deps: ['$stringToNewUTF8'],
  portfolio_js_install_parent_channel: function () {
    if (window.parent === window) return;
    let origin = null;
    if (location.ancestorOrigins && location.ancestorOrigins.length > 0) origin = location.ancestorOrigins[0];
    else if (document.referrer) { try { origin = new URL(document.referrer).origin; } catch (e) { origin = null; } }
    if (!origin || origin === 'null') return;
    Module.portfolioParentOrigin = origin;
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || event.origin !== origin) return;
      if (!event.data || typeof event.data !== 'object') return;
      let text;
      try { text = JSON.stringify(event.data); } catch (e) { return; }
      if (typeof text !== 'string' || text.length > 4096) return;
      const buffer = stringToNewUTF8(text);
      Module._portfolio_on_parent_message(buffer);
      _free(buffer);
    });
  },

  // To the parent's origin only, never '*'.
  portfolio_js_post_to_parent: function (json) {
    const origin = Module.portfolioParentOrigin;
    if (!origin || window.parent === window) return;
    window.parent.postMessage(JSON.parse(UTF8ToString(json)), origin);
  },

  portfolio_js_prefers: function (what) {
    const query = what === 0 ? '(prefers-color-scheme: dark)' : '(prefers-reduced-motion: reduce)';
    return window.matchMedia && window.matchMedia(query).matches ? 1 : 0;
  },

  // Live media queries: the system's light/dark (0) and reduced motion (1) preferences, and the device
  // pixel ratio (2: a query for the current ratio stops matching when it changes: zoom, another screen).
  portfolio_js_watch_media: function () {
    if (!window.matchMedia) return;
    const watch = (query, what) => matchMedia(query).addEventListener('change', (e) => Module._portfolio_media_changed(what, e.matches ? 1 : 0));
    watch('(prefers-color-scheme: dark)', 0);
    watch('(prefers-reduced-motion: reduce)', 1);
    const ratio = () => matchMedia('(resolution: ' + devicePixelRatio + 'dppx)').addEventListener('change', () => {
      Module._portfolio_media_changed(2, 0);
      ratio();
    }, { once: true });
    ratio();
  },

  // The theme the visitor chose: the page shell resolves it before the app starts (web/app.js: `?theme=`
  // in the URL, else localStorage), so the loader is already painted in it.
  portfolio_js_theme_choice__deps: ['$stringToNewUTF8'],
  portfolio_js_theme_choice: function () {
    return stringToNewUTF8(['light', 'dark', 'auto'].includes(Module.themeChoice) ? Module.themeChoice : 'auto');
  },

  // Remembered for the next visit; the shell's colours (the canvas's background while resizing) follow.
  portfolio_js_remember_theme: function (choice) {
    Module.themeChoice = UTF8ToString(choice);
    try { localStorage.setItem('portfolio-theme', Module.themeChoice); } catch (e) { /* storage disabled: this visit only */ }
    if (Module.applyTheme) Module.applyTheme();
  },

  portfolio_js_set_cursor: function (cursor) {
    Module.canvas.style.cursor = UTF8ToString(cursor);
    if (Module.a11yLayer) Module.a11yLayer.style.cursor = Module.canvas.style.cursor;  // over the canvas (web/a11y.js)
  },

  // The accessible layer over the canvas (ui/a11y.h; its elements are web/a11y.js's, loaded after the first
  // frame): the app's nodes when they change, kept for it until it is there.
  portfolio_js_show_semantics: function (text) {
    Module.semantics = UTF8ToString(text);
    if (Module.showSemantics) Module.showSemantics(Module.semantics);
  },


  // Touch goes to the app alone: a capturing listener on the window sees it first, stops it before GLFW's
  // canvas listeners (which would turn it into doubled mouse clicks) and cancels the browser's own
  // handling (scrolling, zooming, emulated mouse events). Coordinates are CSS pixels on the canvas.
  portfolio_js_install_touch: function () {
    const canvas = Module.canvas;
    const phases = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 };
    const handle = (e) => {
      if (e.target !== canvas && !(Module.a11yLayer && Module.a11yLayer.contains(e.target))) return;  // web/a11y.js's layer lies over it
      e.preventDefault();
      e.stopPropagation();
      const r = canvas.getBoundingClientRect();
      const a = e.touches[0] || e.changedTouches[0], b = e.touches[1] || a;
      const x = a.clientX - r.left, y = a.clientY - r.top;
      // 1: a tap on a text field. The keyboard's input is focused now, while handling the touch: iOS
      // shows its keyboard only for a focus given in a gesture's own handler.
      if (Module._portfolio_touch(phases[e.type], e.touches.length, x, y, b.clientX - r.left, b.clientY - r.top, e.timeStamp))
        Module.textProxy(0, x, y, 20);
    };
    for (const type of Object.keys(phases)) window.addEventListener(type, handle, { capture: true, passive: false });
  },

  // Paste arrives as the document's 'paste' event (Ctrl/Cmd+V, the Edit menu): its text goes to the
  // field being edited. Nothing is read from the clipboard without the visitor asking.
  portfolio_js_install_paste__deps: ['$stringToNewUTF8'],
  portfolio_js_install_paste: function () {
    document.addEventListener('paste', (e) => {
      const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (!text) return;
      const buffer = stringToNewUTF8(text);
      if (Module._portfolio_paste(buffer)) e.preventDefault();
      _free(buffer);
    });
  },

  // A profile of the visitor's own: a file dropped on the page, or handed to window.portfolio.openFile(file),
  // is read here, in the browser, and passed to the app by name and bytes; nothing leaves the page and
  // the URL does not change. A drop outside the canvas is taken too, so the browser never navigates away
  // to show the file. The first file of a drop is read; the app decides what it is from its name.
  portfolio_js_install_file_drop__deps: ['$stringToNewUTF8'],
  portfolio_js_install_file_drop: function () {
    const MAX_BYTES = 16 << 20;  // the loader's limit; a larger file is refused by it with a clear message
    const open = (file) => file.slice(0, MAX_BYTES + 1).arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      const data = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, data);
      const name = stringToNewUTF8(file.name || 'profile.json');
      Module._portfolio_file_opened(name, data, bytes.length);
      _free(name);
      _free(data);
    });
    const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
    window.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer.files && e.dataTransfer.files[0];
      if (file) open(file);
    });
    const api = window.portfolio || {};
    api.openFile = (file) => open(file);
    window.portfolio = api;
    // The app's "Open a file" button (portfolio_js_choose_file): a file input made once, never attached
    // to the page; picking a file opens it like a dropped one.
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.bib,application/json';
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      if (file) open(file);
      input.value = '';
    });
    Module.portfolioChooseFile = () => input.click();
  },

  // Shows the browser's file chooser. Called in the frame after the click on the app's button, still
  // within the click's user activation, which the browser requires for a file chooser.
  portfolio_js_choose_file: function () {
    if (Module.portfolioChooseFile) Module.portfolioChooseFile();
  },

  // The on-screen keyboard. Touch screens show their keyboard only for a focused, real text field, and
  // ImGui's fields are drawn in the canvas: when a tap makes ImGui edit text, an invisible <input>
  // (class text-proxy, over the caret) takes the focus. What is typed into it reaches ImGui as the change
  // to what it held (characters, and a Backspace per character removed), so IME compositions and the
  // keyboard's corrections work; Enter, Escape, Tab, the arrows, Home, End, Delete and a Backspace with
  // nothing left to remove go to ImGui as keys. Its key events stop here, in a window listener installed
  // before GLFW's, so GLFW never sees them and nothing is typed twice. With a mouse and a hardware
  // keyboard it is never focused, and typing reaches ImGui through GLFW as before.
  portfolio_js_install_text_proxy__deps: ['$stringToNewUTF8'],
  portfolio_js_install_text_proxy: function () {
    const input = document.createElement('input');
    input.className = 'text-proxy';
    input.tabIndex = -1;
    input.spellcheck = false;
    const attributes = { autocomplete: 'off', autocapitalize: 'off', autocorrect: 'off', inputmode: 'text', enterkeyhint: 'enter',
                         'aria-label': 'Text being edited' };
    for (const name in attributes) input.setAttribute(name, attributes[name]);
    document.body.appendChild(input);
    let mirror = '';  // what ImGui has been sent since the focus
    const send = (backspaces, key, text) => {
      const buffer = stringToNewUTF8(text);
      Module._portfolio_text_input(backspaces, key, buffer);
      _free(buffer);
    };
    const keys = ['Enter', 'Escape', 'Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Delete', 'Backspace'];
    const onKey = (e) => {
      if (e.target !== input) return;
      e.stopImmediatePropagation();
      if (e.type !== 'keydown' || e.isComposing || e.keyCode === 229) return;  // 229: the IME has it
      const key = keys.indexOf(e.key) + 1;
      if (!key || (e.key === 'Backspace' && input.value)) return;  // edits of the text arrive as 'input'
      e.preventDefault();
      send(0, key, '');
    };
    for (const type of ['keydown', 'keypress', 'keyup']) window.addEventListener(type, onKey, true);
    input.addEventListener('beforeinput', (e) => {
      if (!/^insert(LineBreak|Paragraph)$/.test(e.inputType)) return;
      e.preventDefault();
      send(0, 1, '');  // Enter
    });
    input.addEventListener('input', () => {
      const now = Array.from(input.value), was = Array.from(mirror);  // by code point, as ImGui counts
      let same = 0;
      while (same < now.length && same < was.length && now[same] === was[same]) same++;
      mirror = input.value;
      if (was.length > same || now.length > same) send(was.length - same, 0, now.slice(same).join(''));
    });
    input.addEventListener('blur', () => Module._portfolio_text_blurred());
    // 0: focus at (x, y) afresh, 1: move to (x, y), 2: start afresh (another field), 3: let go.
    Module.textProxy = (action, x, y, height) => {
      if (action === 0 || action === 2) input.value = mirror = '';
      if (action < 2) {
        input.style.left = x + 'px';
        input.style.top = y + 'px';
        input.style.height = Math.max(height, 20) + 'px';
      }
      if (action === 0) input.focus({ preventScroll: true });
      if (action === 3 && document.activeElement === input) input.blur();
    };
  },

  portfolio_js_text_proxy: function (action, x, y, height) {
    Module.textProxy(action, x, y, height);
  },

  // A download of `size` bytes at `data`; 0 when the browser refuses.
  portfolio_js_save_file: function (name, mime, data, size) {
    try {
      const blob = new Blob([HEAPU8.slice(data, data + size)], { type: UTF8ToString(mime) });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = UTF8ToString(name);
      link.rel = 'noopener';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      return 1;
    } catch (e) {
      return 0;
    }
  },

  // Minutes east of UTC: the zone's wall clock at the instant, read back as if it were UTC, minus the
  // instant; -100000 for a zone the browser does not know.
  portfolio_js_zone_offset_minutes: function (zone, unix_ms) {
    const name = UTF8ToString(zone);
    // Temporal, where the browser has it, reads a zone's offset without Intl's date formats, the first of
    // which costs 25-50 ms (the page's second frame, which lays out the contact panel, waited for it). A
    // zone Temporal refuses is asked of Intl, as before.
    if (typeof Temporal === 'object' && Temporal.Instant) {
      try {
        return Math.round(Temporal.Instant.fromEpochMilliseconds(Math.floor(unix_ms)).toZonedDateTimeISO(name).offsetNanoseconds / 6e10);
      } catch (e) { /* Intl below */ }
    }
    try {
      const formats = Module.zoneFormats || (Module.zoneFormats = new Map());
      let format = formats.get(name);
      if (!format) {
        format = new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric',
                                                    day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
        formats.set(name, format);
      }
      const parts = {};
      for (const part of format.formatToParts(new Date(unix_ms))) parts[part.type] = part.value;
      const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
      return Math.round((wall - unix_ms) / 60000);
    } catch (e) {
      return -100000;  // RangeError: a zone the browser does not know
    }
  },

  portfolio_js_local_time_zone__deps: ['$stringToNewUTF8'],
  portfolio_js_local_time_zone: function () {
    let zone = '';
    try { zone = typeof Temporal === 'object' && Temporal.Now ? Temporal.Now.timeZoneId() : ''; } catch (e) { /* Intl below */ }
    if (!zone) try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* unknown */ }
    return stringToNewUTF8(zone);
  },
});
