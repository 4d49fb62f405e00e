// What a phone downloads to show a page before the images below the fold: the transfer
// sizes (headers included) of the document, its stylesheet, scripts and the images it
// loads at once, as Chromium counts them, cache off. The same count as the suite's
// PhoneWeightTests, here on the benchmark's database and jar:
//
//   NODE_PATH=<lighthouse's node_modules> node src/bench/phone-weight.js URL [WIDTH DPR]...
//
// run.sh calls it with the lighthouse install of lighthouse.sh (puppeteer-core comes with
// it) and prints one line per viewport: "<width> <dpr> <bytes> <parts as JSON>". The page
// is loaded twice and the second load counted: renditions are made on the first request.
const puppeteer = require('puppeteer-core');

const WEIGHT = `(() => {
  const lazy = {};
  document.querySelectorAll('img[loading=lazy]').forEach((img) => {
    if (img.currentSrc) { lazy[new URL(img.currentSrc, location.href).href] = img.getBoundingClientRect().top >= innerHeight; }
  });
  const navigation = performance.getEntriesByType('navigation')[0];
  const parts = [['document', navigation.transferSize]];
  let total = navigation.transferSize;
  let belowFold = true;
  performance.getEntriesByType('resource').forEach((entry) => {
    if (entry.name in lazy) { belowFold = belowFold && lazy[entry.name]; return; }
    parts.push([entry.name.replace(location.origin, ''), entry.transferSize]);
    total += entry.transferSize;
  });
  return { total, parts, belowFold };
})()`;

(async () => {
  const [url, ...viewports] = process.argv.slice(2);
  const sizes = viewports.length ? viewports : ['390', '1'];
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    for (let i = 0; i + 1 < sizes.length; i += 2) {
      const [width, dpr] = [Number(sizes[i]), Number(sizes[i + 1])];
      const page = await browser.newPage();
      await page.setCacheEnabled(false);
      await page.setViewport({ width, height: 844, deviceScaleFactor: dpr, isMobile: true, hasTouch: true });
      await page.goto(url, { waitUntil: 'networkidle0' });
      await page.goto(url, { waitUntil: 'networkidle0' });
      const weight = await page.evaluate(WEIGHT);
      if (!weight.belowFold) {
        throw new Error('a lazy image on screen was loaded: the count would leave it out');
      }
      console.log(`${width} ${dpr} ${weight.total} ${JSON.stringify(weight.parts)}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
