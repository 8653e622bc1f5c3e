import type { Page } from '@playwright/test';
import { expect, personPage, test } from './support/fixtures';
import { fileComplaint } from './support/api-steps';
import { uniqueOrderId } from './support/story-steps';

// Story (e): the operator rebuilds the My Complaints read model while a buyer keeps using it. operator-1 starts
// the rebuild on the operations page (and confirms it); the buyer's My Complaints page, open in a browser of
// its own and refreshing itself, answers throughout and lists the buyer's complaints during and after the
// rebuild; the operator watches the rebuild's progress until it is done and the rebuilt tables are switched in.

const PROCESSOR = 'my-complaints';

/** The table set the processor's queries read now ("primary tables" / "shadow tables"), as the page words it. */
async function activeTables(row: ReturnType<Page['getByRole']>, words: string[]): Promise<string> {
  const text = (await row.innerText()).toString();
  const found = words.filter((word) => text.includes(word));
  expect(found, `exactly one table set named in: ${text}`).toHaveLength(1);
  return found[0];
}

test.describe('story (e): rebuilding My Complaints while buyers read it', () => {
  test('the buyer\'s list keeps answering while the operator rebuilds its read model', async ({ browser, t, signIn, shot, accessible }, info) => {
    test.setTimeout(120_000);
    const orderId = uniqueOrderId('e', info.project.name);

    // ---- the buyer has a complaint and keeps My Complaints open ----
    const buyer = await personPage(browser);
    await signIn(buyer, 'buyer-2');
    await fileComplaint(buyer, {
      orderId,
      sellerId: 'seller-1',
      category: 'FALSE_ADVERTISING',
      description: `The listing promised a stainless steel body; it is plastic (${orderId}).`,
    });
    await buyer.goto('/my/complaints');
    await expect(buyer.getByRole('heading', { level: 1, name: t('myComplaints.title') })).toBeVisible();
    const list = buyer.getByRole('region', { name: t('myComplaints.listLabel') });
    const myComplaint = list.getByRole('link', { name: orderId, exact: true });
    await expect(myComplaint).toBeVisible();
    await accessible(buyer);
    await shot(buyer, 'e-01-buyer-my-complaints-before');

    // ---- the operator finds the read model's processor ----
    const operator = await personPage(browser);
    await signIn(operator, 'operator-1');
    await operator.goto('/ops');
    await expect(operator.getByRole('heading', { name: t('operations.title') })).toBeVisible();
    const row = operator.getByRole('row').filter({ has: operator.getByText(PROCESSOR, { exact: true }) });
    const rebuildButton = row.getByRole('button', { name: `${t('operations.rebuild.button')} ${PROCESSOR}` });
    await expect(rebuildButton).toBeEnabled();
    const tableSets = [t('operations.tableSet.PRIMARY'), t('operations.tableSet.SHADOW')];
    const before = await activeTables(row, tableSets);
    const rebuilt = tableSets.find((set) => set !== before)!;
    await accessible(operator);
    await shot(operator, 'e-02-operator-processors-before');

    // ---- from here on, every answer the buyer's page gets for its list is kept: its status, and whether it lists the complaint ----
    const answers: Promise<{ status: number; listed: boolean }>[] = [];
    buyer.on('response', (response) => {
      if (new URL(response.url()).pathname !== '/api/my/complaints') return;
      answers.push(response.text().then((body) => ({ status: response.status(), listed: body.includes(orderId) }), () => ({ status: response.status(), listed: false })));
    });
    const allAnswered = async () => {
      const all = await Promise.all(answers);
      expect(all.length, 'the buyer\'s page kept asking for its list').toBeGreaterThan(0);
      expect(all.filter((answer) => answer.status !== 200 || !answer.listed), 'answers without the complaint').toEqual([]);
      return all.length;
    };

    // ---- the rebuild, confirmed ----
    await rebuildButton.click();
    await expect(operator.getByText(t('operations.rebuild.confirmTitle', { name: PROCESSOR }))).toBeVisible();
    await shot(operator, 'e-03-operator-confirm-rebuild');
    const answersBefore = answers.length;
    await operator.getByRole('button', { name: t('operations.rebuild.confirm') }).click();
    await expect(operator.getByRole('status').filter({ hasText: t('operations.rebuild.started', { name: PROCESSOR }) })).toBeVisible();
    await shot(operator, 'e-04-operator-rebuild-started');

    // ---- until the rebuild is done, the buyer's list keeps answering with the complaint in it ----
    await expect(async () => {
      await expect(myComplaint, 'the buyer still sees the complaint').toBeVisible({ timeout: 1_000 });
      expect(answers.length, 'the buyer\'s page asked for its list since the rebuild started').toBeGreaterThan(answersBefore);
      // done once caught up and switched, without waiting for a new command: no replay, no progress bar
      await expect(row.getByRole('progressbar', { name: t('operations.processors.progressOf', { name: PROCESSOR }) }))
        .toHaveCount(0, { timeout: 1_000 });
      await expect(row.getByText(t('operations.processors.replayingYes'), { exact: true })).toHaveCount(0, { timeout: 1_000 });
      await expect(row).toContainText(rebuilt, { timeout: 1_000 });
      await expect(rebuildButton).toBeEnabled({ timeout: 1_000 });
    }).toPass({ timeout: 60_000, intervals: [1_000] });
    await shot(operator, 'e-05-operator-rebuild-done');
    expect(await activeTables(row, tableSets)).toBe(rebuilt);
    const answeredUntilDone = await allAnswered();

    // ---- after the rebuild: the list is whole, read from the rebuilt tables ----
    await expect.poll(() => answers.length, { message: 'the buyer\'s page reads its list again after the switch' })
      .toBeGreaterThan(answeredUntilDone);
    await expect(myComplaint).toBeVisible();
    await buyer.reload();
    await expect(myComplaint).toBeVisible();
    await expect(list.getByRole('row').filter({ hasText: orderId })).toContainText(t('common.state.AWAITING_SELLER'));
    await allAnswered();
    await shot(buyer, 'e-06-buyer-my-complaints-after');

    await buyer.context().close();
    await operator.context().close();
  });
});
