// Page shell for the WebAssembly portfolio: checks the browser can run it, shows download progress,
// then hands the window over to the canvas on 'portfolio:firstframe'. It resolves the visitor's theme
// before anything is painted and recovers from a lost WebGL context. CSP-safe: no inline code or styles.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const root = document.documentElement;
  const overlay = $('overlay');
  const progress = $('progress');
  const status = $('status');
  const canvas = $('canvas');
  const base = new URL('.', document.currentScript.src);
  let shown = 0;        // progress only moves forward
  let maxDeps = 0;      // most run dependencies seen at once (Emscripten counts down to 0)
  let state = 'loading'; // 'loading' | 'ready' | 'error'

  root.dataset.shell = state;
  // In a frame, wheels the app does not use scroll the embedding page (style.css lets them chain).
  if (window.self !== window.top) root.classList.add('is-embedded');

  // The theme: `?theme=light|dark|auto` in the URL, else the choice remembered from an earlier visit
  // (the app stores it when the visitor picks one), else the system's. The app reads Module.themeChoice;
  // data-theme holds the theme in effect, for this shell's colours.
  const THEMES = ['light', 'dark', 'auto'];
  const systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  let themeChoice = new URLSearchParams(location.search).get('theme');
  if (!THEMES.includes(themeChoice)) {
    try { themeChoice = localStorage.getItem('portfolio-theme'); } catch (e) { themeChoice = null; }
  }
  if (!THEMES.includes(themeChoice)) themeChoice = 'auto';
  const applyTheme = () => {
    const choice = window.Module ? window.Module.themeChoice : themeChoice;
    root.dataset.theme = choice === 'auto' ? (systemDark && systemDark.matches ? 'dark' : 'light') : choice;
  };
  applyTheme();
  if (systemDark) systemDark.addEventListener('change', applyTheme);

  // The loader's card (the name, the bar and its text) shows only when loading takes a while (SLOW_MS, the
  // second after which a wait is felt): a quick start repaints nothing while it starts. Every paint is
  // rasterised by the GPU process the app's first frame also waits for: with software GL the card's text
  // and bar held it up by over 100 ms, and its entrance and the bar's animation repainted every frame.
  const SLOW_MS = 1000;
  let shownText = status.textContent;
  setTimeout(() => {
    if (state !== 'loading') return;
    root.classList.add('is-slow');
    setProgress(shown, shownText);
  }, SLOW_MS);

  function setProgress(percent, text) {
    if (state !== 'loading' || percent < shown) return;
    shown = Math.min(100, percent);
    if (text) shownText = text;
    if (!root.classList.contains('is-slow')) return;  // the card is not on screen: no repaint
    if (shown > 0) progress.value = shown;
    status.textContent = shownText;
  }

  // The text twin under the canvas (index.html, core/html_export): out of the way of keyboards and
  // screen readers while the app runs (the app has its own accessible layer), the page when it cannot.
  const twin = $('twin');
  function coverTwin(covered) {
    if (!twin) return;
    twin.inert = covered;
    if (covered) twin.setAttribute('aria-hidden', 'true');
    else twin.removeAttribute('aria-hidden');
  }

  // Shows a readable problem in place of the loader, and the text version of the portfolio below it.
  function fail(title, text, detail) {
    if (state === 'error') return;
    state = root.dataset.shell = 'error';
    root.classList.add('is-failed');
    coverTwin(false);
    overlay.classList.remove('is-done');
    overlay.classList.add('is-error');
    overlay.setAttribute('role', 'alert');
    $('problem-title').textContent = title;
    $('problem-text').textContent = text;
    if (detail) { $('problem-detail').textContent = detail; $('problem-detail').hidden = false; }
    $('problem').hidden = false;
  }

  // The WebGL 2 context the app draws with, made here on the page's canvas with the attributes the app asks
  // for (GLFW's defaults with no depth or stencil: platform/web.cpp), so the check is also the app's
  // context: the browser hands the same one back to the app, and no throwaway context is made to ask.
  const GL_ATTRIBUTES = { alpha: true, depth: false, stencil: false, antialias: false };
  // The canvas gets its final size first (CSS pixels times the device pixel ratio, rounded as
  // platform/web.cpp does): every later change of size reallocates the drawing buffer, and WebGL then
  // waits for the GPU process twice per dimension (about 50 ms with software GL).
  function missingContext() {
    const box = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    if (box.width > 0 && box.height > 0) {
      canvas.width = Math.floor(box.width * ratio + 0.5);
      canvas.height = Math.floor(box.height * ratio + 0.5);
    }
    try { if (canvas.getContext('webgl2', GL_ATTRIBUTES)) return null; } catch (e) { /* reported below */ }
    return 'WebGL 2';
  }

  function unsupported(missing) {
    console.warn('Portfolio not started: this browser lacks ' + missing + '.');
    fail('This browser can\u2019t show the portfolio',
      (missing === 'WebAssembly'
        ? 'The portfolio runs as WebAssembly, which this browser doesn\u2019t support.'
        : 'The portfolio is drawn with WebGL 2, which this browser doesn\u2019t provide or has turned off (for example when hardware acceleration is disabled).') +
      ' A current version of Chrome, Edge, Firefox or Safari will show it.');
  }

  // A browser without WebAssembly or WebGL 2 downloads none of the app. One that has WebGL turned off or
  // blocked (it has the constructor but refuses the context, asked for at the end) has fetched the files
  // by then: asking first, which waits for the GPU process, held every download up by 30-150 ms.
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return unsupported('WebAssembly');
  if (typeof WebGL2RenderingContext !== 'function') return unsupported('WebGL 2');
  coverTwin(true);

  const downloadFailed = (detail) => fail('The portfolio couldn\u2019t be loaded',
    'A file failed to download. Check the connection and reload the page.', detail);
  // A file of the app, as a Response; a refusal by the server (404, 500) is an error.
  const fetchFile = (name, init) => fetch(new URL(name, base).href, init).then((r) => {
    if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
    return r;
  });
  const crashed = (detail) => fail('The portfolio stopped unexpectedly',
    'Something went wrong while starting it. Reloading the page usually helps; if not, try a current browser.', detail);

  window.addEventListener('portfolio:firstframe', () => {
    if (state !== 'loading') return;
    setProgress(100, 'Ready');
    state = root.dataset.shell = 'ready';
    overlay.classList.add('is-done');
    overlay.setAttribute('aria-busy', 'false');
    if (document.activeElement === document.body) canvas.focus({ preventScroll: true });
    // The accessible layer over the canvas, once the first frame is drawn (it does not hold it up).
    const a11y = document.createElement('script');
    a11y.src = new URL('a11y.js', base).href;
    document.body.appendChild(a11y);
  });
  // Uncaught errors before the first frame (e.g. a missing .data file) would otherwise leave the loader spinning.
  window.addEventListener('error', (e) => { if (state === 'loading') crashed(e.message || 'Script error'); });
  window.addEventListener('unhandledrejection', (e) => { if (state === 'loading') crashed(String(e.reason)); });

  // WebGL context loss (a GPU reset, a driver update, too many tabs with 3D): the note says so and, once
  // the browser hands a context back (or after a few seconds), the page reloads. Every GL object would
  // have to be made again; a reload does that simply and keeps the visitor's place, which is in the URL
  // hash. Repeated losses end in the readable error rather than a reload loop.
  const restoring = $('restoring');
  let restoreTimer = 0;
  function restartGraphics() {
    clearTimeout(restoreTimer);
    let recent = [];
    try { recent = JSON.parse(sessionStorage.getItem('portfolio-restarts') || '[]').filter((t) => Date.now() - t < 60000); } catch (e) { /* none */ }
    if (recent.length >= 2) {
      restoring.hidden = true;
      return fail('The graphics keep failing', 'The browser lost the portfolio\u2019s graphics several times in a row. Try reloading later, or another browser.');
    }
    try { sessionStorage.setItem('portfolio-restarts', JSON.stringify([...recent, Date.now()])); } catch (e) { /* reload anyway */ }
    location.reload();
  }
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault(); // we will take the context back
    restoring.hidden = false;
    clearTimeout(restoreTimer);
    restoreTimer = setTimeout(restartGraphics, 5000);
  });
  canvas.addEventListener('webglcontextrestored', restartGraphics);

  window.Module = {
    canvas,
    themeChoice,
    applyTheme,
    locateFile: (path) => new URL(path, base).href,
    print: (...a) => console.log(...a),
    printErr: (...a) => console.warn(...a),
    // What the app waits for before main (the wasm, portfolio.data): no setStatus, with which Emscripten
    // would start main a timer later.
    monitorRunDependencies: (left) => {
      maxDeps = Math.max(maxDeps, left);
      if (maxDeps > 0) setProgress(10 + 80 * (maxDeps - left) / maxDeps, left ? 'Downloading' : 'Starting');
    },
    // portfolio.data (the profile and the fonts, scripts/bundle-data.mjs) is fetched below, beside the
    // wasm; main waits for it, and gets it in the app's memory first (the app has no file system:
    // core/files.h). A failed download ends in the readable error, not an endless loader.
    preRun: [() => {
      const M = window.Module;
      M.addRunDependency('portfolio.data');
      bundle.then((bytes) => { bundleBytes = bytes; M.removeRunDependency('portfolio.data'); }, (e) => {
        console.error('Could not load portfolio.data: ' + e.message);
        downloadFailed(e.message);
      });
    }],
    onRuntimeInitialized: () => {
      const M = window.Module;
      const bytes = new Uint8Array(bundleBytes);
      const at = M._malloc(bytes.length);
      M.HEAPU8.set(bytes, at);  // (read after malloc, which may grow the memory)
      M._portfolio_add_bundle(at, bytes.length);
      bundleBytes = null;
    },
    onAbort: (what) => {
      console.error('Portfolio aborted: ' + what);
      crashed(String(what));
    },
  };

  // The wasm is fetched and compiled now, beside portfolio.js, rather than once portfolio.js has run and
  // asks for it: V8 compiles it as it arrives (streaming), and main starts once both are there. With a
  // server that sends it with another type than application/wasm streaming fails (a TypeError): then it
  // is compiled from its bytes.
  const fetchWasm = () => fetchFile('portfolio.wasm', { credentials: 'same-origin' });
  const compileBytes = () => fetchWasm().then((r) => r.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes));
  const compiled = typeof WebAssembly.compileStreaming !== 'function' ? compileBytes()
    : WebAssembly.compileStreaming(fetchWasm()).catch((e) => {
      if (!(e instanceof TypeError)) throw e;  // not there (HTTP), or not a module (CompileError)
      console.warn('portfolio.wasm: streaming compilation refused (' + e.message + '), compiling from its bytes');
      return compileBytes();
    });
  compiled.catch(() => { /* reported by instantiateWasm, once the app asks for it */ });
  window.Module.instantiateWasm = (imports, receive) => {
    compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
      .catch((e) => {
        console.error('Could not start portfolio.wasm: ' + e.message);
        // A file that is there but not a module this app can run (a broken upload, a stale cache) is not
        // a download failure.
        if (e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError) crashed('portfolio.wasm: ' + e.message);
        else downloadFailed(e.message);
      });
    return {};  // the exports come with receive()
  };
  const bundle = fetchFile('portfolio.data').then((r) => r.arrayBuffer());
  bundle.catch(() => { /* reported by preRun, once the app waits for it */ });
  let bundleBytes = null;  // portfolio.data once it is here, until the app has it (onRuntimeInitialized)
  const script = document.createElement('script');
  script.src = new URL('portfolio.js', base).href;
  script.onload = () => setProgress(10, 'Downloading');
  script.onerror = () => {
    console.error('Could not load portfolio.js');
    downloadFailed('portfolio.js did not load');
  };
  document.body.appendChild(script);
  // While those download and portfolio.js is parsed: the context. Without one the app is not started
  // (portfolio.js then waits for a run dependency that is never met).
  const missing = missingContext();
  if (missing) {
    window.Module.preRun.push(() => window.Module.addRunDependency('webgl2'));
    return unsupported(missing);
  }
})();
