// Makes the demo's recorded call once (committed as data/demo-call.webm): six seconds of a
// generated shop scene with a tone, recorded by Chromium's MediaRecorder as the lead's page
// records a real call. Run again only to replace it: `node worker/scripts/seed/make-demo-call.mjs`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../pwa/e2e/chromium.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), 'data', 'demo-call.webm');
const browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
const page = await browser.newPage();
const b64 = await page.evaluate(async () => {
  const c = document.createElement('canvas');
  c.width = 320;
  c.height = 240;
  const g = c.getContext('2d');
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  tone.frequency.value = 440;
  const dest = audio.createMediaStreamDestination();
  const gain = audio.createGain();
  gain.gain.value = 0.05;
  tone.connect(gain).connect(dest);
  tone.start();
  const stream = new MediaStream([
    ...c.captureStream(10).getVideoTracks(),
    ...dest.stream.getAudioTracks(),
  ]);
  const rec = new MediaRecorder(stream, {
    mimeType: 'video/webm;codecs=vp8,opus',
    videoBitsPerSecond: 120_000,
  });
  const parts = [];
  rec.ondataavailable = (e) => parts.push(e.data);
  let f = 0;
  const timer = setInterval(() => {
    f++;
    g.fillStyle = '#d6ccba';
    g.fillRect(0, 0, 320, 240);
    g.fillStyle = '#b41e24';
    g.fillRect(20, 20, 280, 40);
    g.fillStyle = '#faecc8';
    g.font = '20px sans-serif';
    g.fillText('便利店 · 云上核查', 60, 48);
    g.fillStyle = '#464037';
    g.fillRect(30 + ((f * 4) % 200), 90, 60, 120);
    g.fillStyle = '#fff';
    g.fillText(`${(f / 10).toFixed(1)} s`, 230, 220);
  }, 100);
  rec.start(1000);
  await new Promise((r) => setTimeout(r, 6000));
  await new Promise((r) => {
    rec.onstop = r;
    rec.stop();
  });
  clearInterval(timer);
  const buf = new Uint8Array(await new Blob(parts).arrayBuffer());
  let s = '';
  for (const b of buf) s += String.fromCharCode(b);
  return btoa(s);
});
await browser.close();
writeFileSync(out, Buffer.from(b64, 'base64'));
console.log(`${out}: ${Buffer.from(b64, 'base64').length} bytes`);
