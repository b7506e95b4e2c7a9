import fs from 'node:fs';
const { profile, s } = JSON.parse(fs.readFileSync('/tmp/tl/prof.json'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const name = (n) => (n.callFrame.functionName || '(anon)') + ' ' + n.callFrame.url.split('/').pop();
let t = profile.startTime; const times = [];
for (let i = 0; i < profile.samples.length; i++) { t += profile.timeDeltas[i]; times.push(t / 1000); }
let mainIdx = profile.samples.findIndex((id) => { let x = id; while (x) { if (name(byId.get(x)).startsWith('main portfolio.wasm')) return true; x = parent.get(x); } return false; });
const offset = times[mainIdx] - s.s.main;
const from = Number(process.argv[2] ?? 0), to = Number(process.argv[3] ?? 1e9);
const incl = new Map(), self = new Map();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const ms = times[i] - offset; if (ms < from || ms >= to) continue;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; total += dt;
  const seen = new Set(); let x = profile.samples[i];
  self.set(name(byId.get(x)), (self.get(name(byId.get(x))) || 0) + dt);
  while (x) { const nm = name(byId.get(x)); if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) || 0) + dt); } x = parent.get(x); }
}
console.log('window', from, to, 'total', total.toFixed(1), 'marks', JSON.stringify(Object.fromEntries(Object.entries(s.s).map(([k, v]) => [k, Math.round(v)]))), 'ff', Math.round(s.ff));
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, v]) => `  ${v.toFixed(1).padStart(6)}  ${f.slice(0, 150)}`).join('\n');
console.log('-- inclusive\n' + top(incl, Number(process.argv[4] ?? 40)));
console.log('-- self\n' + top(self, 25));
