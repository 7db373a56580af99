import { chromium, type Browser, type Page } from 'playwright-core';
import { buildWeb } from './lib/build-web';
import { format, progress, table, type Benchmark } from './lib/report';
import { withTempDir } from './lib/temp-dir';
import { startThidua } from './lib/thidua';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SIGN_IN_PATH = '/dang-nhap';

/** What one page load cost, summed over the document and every resource it fetched. */
export interface LoadFigures {
  requests: number;
  /** Bytes on the wire, headers included (`transferSize`). */
  transfer: number;
  /** Bodies as sent, compressed when the server compressed them (`encodedBodySize`). */
  encoded: number;
  /** Bodies once decompressed (`decodedBodySize`). */
  decoded: number;
  /** The same three for the JavaScript and CSS alone. */
  scripts: { requests: number; transfer: number; decoded: number };
  /** `content-encoding` of the script and style answers: how many were gzip, br, or plain. */
  encodings: Record<string, number>;
}

interface Entry {
  name: string;
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

/**
 * First-load bytes of the web app in Debian's Chromium, with an empty cache: the sign-in page, the
 * home page opened directly with a session, and what signing in from the sign-in page adds on top
 * of what that page had already loaded.
 */
export const webFirstLoad: Benchmark = {
  name: 'web-first-load',
  title: 'Web first load: bytes the browser fetches (empty cache, demo ward)',
  async run() {
    progress('web first load: vite build');
    buildWeb();
    return withTempDir(async (dataDir) => {
      const { server } = await startThidua({ kind: 'pglite', dataDir });
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      try {
        const figures = await measure(browser, server.url);
        const rows = Object.entries(figures).map(([label, f]) => [
          label,
          String(f.requests),
          kib(f.transfer),
          kib(f.encoded),
          kib(f.decoded),
          kib(f.scripts.transfer),
          kib(f.scripts.decoded),
          Object.entries(f.encodings)
            .map(([encoding, count]) => `${encoding} ${count}`)
            .join(', '),
        ]);
        return {
          lines: table(
            [
              '',
              'requests',
              'transfer',
              'encoded',
              'decoded',
              'JS+CSS transfer',
              'JS+CSS decoded',
              'JS+CSS encodings',
            ],
            rows,
          ),
          warnings: [],
          figures: { unit: 'bytes', ...figures },
        };
      } finally {
        await browser.close();
        await server.stop();
      }
    });
  },
};

async function measure(browser: Browser, url: string): Promise<Record<string, LoadFigures>> {
  const signInContext = await browser.newContext();
  const signInPage = await signInContext.newPage();
  const signInEncodings = watchEncodings(signInPage);
  await signInPage.goto(url + SIGN_IN_PATH, { waitUntil: 'networkidle' });
  await signInPage.getByRole('button', { name: 'Đăng nhập' }).waitFor();
  const signIn = summarize(await entries(signInPage), signInEncodings);

  // Signing in from that page: the client-side move to the home page fetches only what it lacks.
  const afterSignInEncodings = watchEncodings(signInPage);
  await signInPage.evaluate(() => performance.clearResourceTimings());
  await signInPage.getByLabel('Tên đăng nhập').fill('canbo');
  await signInPage.getByLabel('Mật khẩu').fill('demo1234');
  await signInPage.getByRole('button', { name: 'Đăng nhập' }).click();
  await homeShown(signInPage);
  const afterSignIn = summarize(await entries(signInPage, false), afterSignInEncodings);

  // The home page opened directly by someone already signed in, with nothing cached.
  const homeContext = await browser.newContext({ storageState: await signInContext.storageState() });
  const homePage = await homeContext.newPage();
  const homeEncodings = watchEncodings(homePage);
  await homePage.goto(url + '/', { waitUntil: 'networkidle' });
  await homeShown(homePage);
  const home = summarize(await entries(homePage), homeEncodings);

  await Promise.all([signInContext.close(), homeContext.close()]);
  return {
    'sign-in page': signIn,
    'sign in → home page (cache warm)': afterSignIn,
    'home page, signed in': home,
  };
}

async function homeShown(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  await page.getByText('Tài khoản đang hoạt động').waitFor();
  await page.waitForLoadState('networkidle');
}

function watchEncodings(page: Page): Map<string, string> {
  const encodings = new Map<string, string>();
  page.on('response', (response) => {
    encodings.set(response.url(), response.headers()['content-encoding'] ?? 'none');
  });
  return encodings;
}

async function entries(page: Page, withNavigation = true): Promise<Entry[]> {
  // No named functions inside: tsx would wrap them in a helper the page does not have. The bench
  // compiles against Node's types, so the browser's timing entries are typed here by hand.
  return page.evaluate((navigation) => {
    const byType = performance.getEntriesByType.bind(performance) as unknown as (type: string) => Entry[];
    return [...(navigation ? byType('navigation') : []), ...byType('resource')].map((e) => ({
      name: e.name,
      transferSize: e.transferSize,
      encodedBodySize: e.encodedBodySize,
      decodedBodySize: e.decodedBodySize,
    }));
  }, withNavigation);
}

function summarize(list: Entry[], encodingByUrl: Map<string, string>): LoadFigures {
  const sum = (items: Entry[], key: 'transferSize' | 'encodedBodySize' | 'decodedBodySize') =>
    items.reduce((total, entry) => total + entry[key], 0);
  const assets = list.filter((entry) => /\.(js|css)(\?|$)/.test(new URL(entry.name).pathname));
  const encodings: Record<string, number> = {};
  for (const asset of assets) {
    const encoding = encodingByUrl.get(asset.name) ?? 'unknown';
    encodings[encoding] = (encodings[encoding] ?? 0) + 1;
  }
  return {
    requests: list.length,
    transfer: sum(list, 'transferSize'),
    encoded: sum(list, 'encodedBodySize'),
    decoded: sum(list, 'decodedBodySize'),
    scripts: {
      requests: assets.length,
      transfer: sum(assets, 'transferSize'),
      decoded: sum(assets, 'decodedBodySize'),
    },
    encodings,
  };
}

const kib = (bytes: number) => `${format.count(Math.round(bytes / 102.4) / 10)} KiB`;
