import { fileComplaint as fileOverApi, respondAsSeller } from './support/api-steps';
import { expect, personPage, test } from './support/fixtures';
import { uniqueOrderId } from './support/story-steps';

// A buyer loses the connection: the page says so once, in words, with a Retry; what was read stays on screen.
// Back online, the pages bring themselves up to date; a command the connection lost is sent again only when
// the buyer presses Retry. Offline is the browser's own (context.setOffline); a server that cannot be reached
// while the browser believes it is online is every /api call aborted (page.route).

test('a buyer who loses the connection is told so with a retry, and the pages recover once it is back', async ({
  browser, t, language, signIn, shot, accessible,
}) => {
  test.setTimeout(300_000);
  const orderId = uniqueOrderId('connection', language);
  const buyer = await personPage(browser);
  const seller = await personPage(browser);
  await signIn(buyer, 'buyer-1');
  await signIn(seller, 'seller-1');
  const complaintId = await fileOverApi(buyer, { orderId, sellerId: 'seller-1', category: 'OTHER', description: 'The lid does not fit.' });

  const notice = buyer.getByRole('alert').filter({ hasText: t('common.connection.lostTitle') });
  const retry = notice.getByRole('button', { name: t('common.retry') });

  // ---- My Complaints, offline: the notice, the list as last read, and the list catches up once back online ----
  await buyer.goto('/my/complaints');
  const row = buyer.getByRole('row').filter({ hasText: orderId });
  await expect(row).toContainText(t('common.state.AWAITING_SELLER'));
  await buyer.context().setOffline(true);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(t('common.connection.lostText'));
  await expect(row).toContainText(t('common.state.AWAITING_SELLER'));
  await accessible(buyer);
  await shot(buyer, 'connection-1-my-complaints-offline');
  // meanwhile the seller answers; Retry while still offline changes nothing
  await respondAsSeller(seller, complaintId, 'We will send a new lid.');
  await retry.click();
  await expect(notice).toBeVisible();
  await buyer.context().setOffline(false);
  await expect(notice).toBeHidden();
  await expect(row).toContainText(t('common.state.NEGOTIATING'));

  // ---- the case page, the server unreachable: the notice; a command fails and waits for the buyer's Retry ----
  await row.getByRole('link', { name: orderId, exact: true }).click();
  await expect(buyer.getByRole('heading', { level: 1 })).toContainText(orderId);
  await buyer.route('**/api/**', (route) => route.abort('connectionrefused'));
  await expect(notice).toBeVisible();
  await buyer.getByRole('button', { name: t('common.action.REQUEST_INTERVENTION') }).click();
  const dialog = buyer.getByRole('dialog', { name: t('common.action.REQUEST_INTERVENTION') });
  await dialog.getByLabel(t('complaintCase.intervention.note'), { exact: true }).fill('Please step in.');
  await dialog.getByRole('button', { name: t('common.submit') }).click();
  const failed = dialog.getByRole('alert').filter({ hasText: t('errors.NETWORK_COMMAND') });
  await expect(failed).toBeVisible();
  await accessible(buyer);
  await shot(buyer, 'connection-2-case-command-lost');

  // back: the page reads again by itself; the command was not sent again by itself
  await buyer.unroute('**/api/**');
  await expect(notice).toBeHidden();
  await expect(buyer.getByRole('cell', { name: t('common.state.NEGOTIATING'), exact: true })).toBeVisible();
  await expect(failed).toBeVisible();
  await failed.getByRole('button', { name: t('common.retry') }).click();
  await expect(buyer.getByRole('status').filter({ hasText: t('complaintCase.intervention.done') })).toBeVisible();
  await expect(buyer.getByRole('cell', { name: t('common.state.PLATFORM_INTERVENED'), exact: true })).toBeVisible();
  await shot(buyer, 'connection-3-case-recovered');

  await buyer.context().close();
  await seller.context().close();
});
