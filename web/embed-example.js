// Wires the example's buttons to PortfolioEmbed and shows the last filter change.
document.getElementById('dark').addEventListener('click', () => document.querySelectorAll('iframe[data-portfolio-embed]').forEach((f) => window.PortfolioEmbed.setTheme(f, 'dark')));
document.getElementById('light').addEventListener('click', () => document.querySelectorAll('iframe[data-portfolio-embed]').forEach((f) => window.PortfolioEmbed.setTheme(f, 'light')));
document.querySelectorAll('iframe[data-portfolio-embed]').forEach((f) => f.addEventListener('portfolio:change', (e) => {
  document.getElementById('last-change').textContent = `${f.title}: ${e.detail.state}`;
}));
