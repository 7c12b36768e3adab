// Crop a tall screenshot into parts with Chromium (no image library here).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [, , file, partHeight = '1400'] = process.argv;
const data = readFileSync(file).toString('base64');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setContent(`<img id=i src="data:image/png;base64,${data}">`);
const { w, h } = await page.evaluate(() => { const i = document.getElementById('i') as HTMLImageElement; return { w: i.naturalWidth, h: i.naturalHeight }; });
await page.setViewportSize({ width: w, height: Number(partHeight) });
await page.addStyleTag({ content: 'body{margin:0}' });
for (let y = 0, n = 0; y < h; y += Number(partHeight), n++) {
  await page.screenshot({ path: file.replace('.png', `_${n}.png`), clip: { x: 0, y, width: w, height: Math.min(Number(partHeight), h - y) }, fullPage: true });
}
console.log(w, h);
await browser.close();
