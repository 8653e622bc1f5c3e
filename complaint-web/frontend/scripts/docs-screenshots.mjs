// `npm run docs:screenshots`, after the end-to-end stories ran (`npm run e2e`): copies the screenshots the
// stories kept of every page into docs/screenshots as <page>.<language>.png and writes docs/screenshots.md,
// the gallery the README links to. The pictures come from the stories, so they show the pages as the tests
// left them; nothing is staged by hand.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = resolve(FRONTEND, '..', 'target', 'e2e-screenshots');
const DOCS = resolve(FRONTEND, '..', '..', 'docs');
const LANGUAGES = [
  { tag: 'zh-CN', name: '中文' },
  { tag: 'en', name: 'English' },
];

// [who, page (file name in docs), what it shows, the story's screenshot]
const PAGES = [
  ['anyone', 'login', 'Sign-in page', 'login'],
  ['buyer', 'my-complaints', 'My Complaints: state, next deadline and whose it is', 'a-desktop-5-buyer-list'],
  ['buyer', 'my-complaints-phone', 'My Complaints on a phone (375 px)', 'c-09-buyer-my-complaints-375'],
  ['buyer', 'filing-phone', 'Filing a complaint on a phone, with an evidence item', 'c-01-buyer-filing-form-375'],
  ['buyer', 'filing-refused', 'Filing the same order and category again: refused in words', 'a-desktop-6-buyer-refile-refused'],
  ['buyer', 'complaint-buyer-offer', "The case with the seller's open offer to accept or decline", 'a-desktop-3-buyer-offer'],
  ['buyer', 'complaint-withdraw', 'Withdrawing: exactly the reasons the case allows, each saying what happens', 'a-desktop-4-buyer-withdraw'],
  ['buyer', 'complaint-withdrawal-request', 'A withdrawal request waiting for review', 'b-1-buyer-withdrawal-request'],
  ['buyer', 'complaint-ruling-phone', 'The ruling and its rationale, from "the platform", on a phone', 'c-10-buyer-reads-ruling-375'],
  ['buyer', 'connection-lost', 'The connection lost: a notice with Retry above the page', 'connection-1-my-complaints-offline'],
  ['buyer', 'keyboard-filing', 'Filing with the keyboard alone (focus shown)', 'keyboard-1-buyer-filing-form'],
  ['seller', 'shop-complaints', "The shop's complaints", 'a-desktop-2-seller-list'],
  ['seller', 'complaint-seller', "The seller's case page: respond, offer, add evidence", 'a-desktop-3-seller-case'],
  ['arbitrator', 'arbitration-queue', 'The queue: unassigned cases, oldest first, with waiting time', 'c-04-arbiter-queue-unassigned'],
  ['arbitrator', 'complaint-arbitrator', 'A taken case with an evidence request', 'c-06-arbiter-case-evidence-requested'],
  ['arbitrator', 'request-evidence-dialog', 'Requesting evidence by a due time', 'c-05-arbiter-request-evidence-dialog'],
  ['arbitrator', 'withdrawal-review', 'Reviewing a withdrawal request', 'b-3-arbitrator-review'],
  ['arbitrator', 'ruling-dialog', 'The ruling: outcome, remedy in yuan, rationale', 'c-07-arbiter-ruling-dialog'],
  ['auditor', 'audit-home', 'Audit: open a complaint, export a time range', 'd-01-auditor-home'],
  ['auditor', 'audit-complaint', 'A complaint as it stood before its ruling; the hash chain valid', 'd-03-auditor-complaint-before-ruling'],
  ['operator', 'operations', 'Processors with position, lag and progress; dead letters', 'e-02-operator-processors-before'],
  ['operator', 'operations-rebuilt', 'My Complaints rebuilt while buyers kept reading it', 'e-05-operator-rebuild-done'],
];

mkdirSync(join(DOCS, 'screenshots'), { recursive: true });
const missing = [];
const rows = PAGES.map(([who, page, what, shot]) => {
  const cells = LANGUAGES.map(({ tag, name }) => {
    const from = join(SHOTS, tag, `${shot}.png`);
    const file = `${page}.${tag}.png`;
    // each story runs in one language (playwright.config.ts): the other language's pictures, taken before, stay
    const kept = existsSync(join(DOCS, 'screenshots', file));
    if (!existsSync(from) && !kept) {
      missing.push(`${tag}/${shot}.png`);
      return '';
    }
    if (existsSync(from)) copyFileSync(from, join(DOCS, 'screenshots', file));
    return `[![${what} (${name})](screenshots/${file})](screenshots/${file})`;
  });
  return `| ${who} | ${what} | ${cells.join(' | ')} |`;
});
if (missing.length) {
  console.error(`not kept by the last e2e run (run \`npm run e2e\` first): ${missing.join(', ')}`);
  process.exit(1);
}

writeFileSync(
  join(DOCS, 'screenshots.md'),
  `# Every page, in Chinese and in English

Screenshots the end-to-end stories keep of every page they visit (\`complaint-web/frontend/e2e\`), copied here by
\`npm run docs:screenshots\` after \`npm run e2e\`. Staff pages are shown at desktop width; buyer and seller pages
also at 375 px, where the stories run them on a phone. Click a picture for the full page.

| who | page | ${LANGUAGES.map(({ name }) => name).join(' | ')} |
|---|---|${LANGUAGES.map(() => '---').join('|')}|
${rows.join('\n')}
`,
);
console.log(`${PAGES.length} pages × ${LANGUAGES.length} languages copied to docs/screenshots; gallery in docs/screenshots.md`);
