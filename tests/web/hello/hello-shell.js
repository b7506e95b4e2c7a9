// Loads the baseline hello with the same plain-script setup as the portfolio's shell.
window.Module = { canvas: document.getElementById('canvas') };
const script = document.createElement('script');
script.src = 'hello.js';
document.body.appendChild(script);
