// Host-page script for embedding the portfolio (no dependencies). Mark iframes with data-portfolio-embed:
//   <iframe data-portfolio-embed src="https://portfolio.example/?embed=publications&topic=video"
//           sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
//           allow="clipboard-write" title="Publications"></iframe>
//   <script src="embed.js"></script>
// Each iframe is sized to its content from the app's messages, which are accepted only from that
// iframe's window and origin and only in the documented shape:
//   {type: "portfolio:resize", version: 1, height, section, state}
// Events on the iframe: "portfolio:resize" {height, section, state}; "portfolio:change" {section, state}
// when the visitor changes a filter. Methods: PortfolioEmbed.setTheme(iframe, "light"|"dark"|"auto"),
// PortfolioEmbed.setFilter(iframe, "/publications?topic=video"), PortfolioEmbed.scan().
(function () {
  'use strict';
  const VERSION = 1;
  const MAX_HEIGHT = 100000;
  const frames = new Set();

  function originOf(iframe) {
    try { return new URL(iframe.getAttribute('src') || '', window.location.href).origin; } catch (e) { return null; }
  }

  function isResizeMessage(data) {
    return data !== null && typeof data === 'object' && data.type === 'portfolio:resize' && data.version === VERSION &&
      typeof data.height === 'number' && Number.isFinite(data.height) && data.height >= 0 && data.height <= MAX_HEIGHT &&
      typeof data.section === 'string' && data.section.length < 64 && typeof data.state === 'string' && data.state.length < 2048;
  }

  window.addEventListener('message', function (event) {
    let iframe = null;
    frames.forEach(function (f) { if (f.contentWindow === event.source) iframe = f; });
    if (!iframe || event.origin !== originOf(iframe) || !isResizeMessage(event.data)) return;
    const data = event.data;
    iframe.style.height = Math.ceil(data.height) + 'px';
    const previous = iframe.getAttribute('data-portfolio-state');
    iframe.setAttribute('data-portfolio-state', data.state);
    const detail = { height: data.height, section: data.section, state: data.state };
    iframe.dispatchEvent(new CustomEvent('portfolio:resize', { detail: detail }));
    if (previous !== null && previous !== data.state) iframe.dispatchEvent(new CustomEvent('portfolio:change', { detail: detail }));
  });

  function send(iframe, command, value) {
    const origin = originOf(iframe);
    if (!frames.has(iframe) || !origin || origin === 'null' || !iframe.contentWindow) return false;
    iframe.contentWindow.postMessage({ type: 'portfolio:command', version: VERSION, command: command, value: String(value) }, origin);
    return true;
  }

  function scan(root) {
    (root || document).querySelectorAll('iframe[data-portfolio-embed]').forEach(function (iframe) { frames.add(iframe); });
  }

  window.PortfolioEmbed = {
    scan: scan,
    setTheme: function (iframe, theme) { return send(iframe, 'setTheme', theme); },
    setFilter: function (iframe, state) { return send(iframe, 'setFilter', state); },
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { scan(); });
  else scan();
})();
