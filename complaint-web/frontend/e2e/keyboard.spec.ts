import type { Page } from '@playwright/test';
import { fileComplaint as fileOverApi, requestIntervention, respondAsSeller } from './support/api-steps';
import { expect, personPage, test } from './support/fixtures';
import { arrowToRadio, expectFocusAround, selectWithKeys, tabTo, type } from './support/keyboard-steps';
import { uniqueOrderId } from './support/story-steps';
import type { Texts } from './support/texts';

// The main stories with the keyboard alone: focus moves by Tab from control to control and every step is taken
// with Enter, Space, the arrow keys and typing; nothing is clicked. Each control reached shows its focus.

/** Signs in on the login page with the keyboard: the account field has the focus when the page opens. */
async function signInWithKeys(page: Page, t: Texts, account: string): Promise<void> {
  await page.goto('/login');
  await tabTo(page, page.getByLabel(t('auth.username'), { exact: true }));
  await type(page, account);
  await tabTo(page, page.getByLabel(t('auth.password'), { exact: true }));
  await type(page, 'demo');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-as')).toHaveText(account);
}

test('a buyer files a complaint and asks to withdraw it with the keyboard alone', async ({ browser, t, language, shot, accessible }) => {
  test.setTimeout(360_000); // a key at a time is slow on a busy machine
  const orderId = uniqueOrderId('kbd-buyer', language);
  const buyer = await personPage(browser);
  await signInWithKeys(buyer, t, 'buyer-1');
  await expect(buyer).toHaveURL(/\/my\/complaints$/);

  // the first Tab offers a way past the navigation, straight to the page's content
  await buyer.keyboard.press('Tab');
  const skip = buyer.getByRole('link', { name: t('common.skipToContent') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await buyer.keyboard.press('Enter');
  await expect(buyer.getByRole('main')).toBeFocused();

  // My Complaints → the filing form
  await tabTo(buyer, buyer.getByRole('main').getByRole('link', { name: t('myComplaints.fileComplaint') }));
  await buyer.keyboard.press('Enter');
  await expect(buyer).toHaveURL(/\/my\/complaints\/new$/);

  await tabTo(buyer, buyer.getByLabel(t('filing.orderId.label'), { exact: true }));
  await type(buyer, orderId);
  await tabTo(buyer, buyer.getByLabel(t('filing.sellerId.label'), { exact: true }));
  await type(buyer, 'seller-1');
  const category = buyer.getByLabel(t('filing.category.label'), { exact: true });
  await tabTo(buyer, category);
  await selectWithKeys(buyer, category, t('common.category.LATE_DELIVERY'));
  await expect(buyer.getByTitle(t('common.category.LATE_DELIVERY'), { exact: true }).first()).toBeVisible();
  await tabTo(buyer, buyer.getByLabel(t('filing.description.label'), { exact: true }));
  await type(buyer, 'Not shipped five days late.');
  const item = buyer.getByRole('group', { name: t('filing.evidence.item', { number: 1 }) });
  const kind = item.getByLabel(t('filing.evidence.kind'), { exact: true });
  await tabTo(buyer, kind);
  await selectWithKeys(buyer, kind, t('common.evidenceKind.LOGISTICS'));
  await expect(item.getByTitle(t('common.evidenceKind.LOGISTICS'), { exact: true }).first()).toBeVisible();
  await tabTo(buyer, item.getByLabel(t('filing.evidence.reference'), { exact: true }));
  await type(buyer, 'https://logistics.example.com/track/KBD1');
  await accessible(buyer);
  await shot(buyer, 'keyboard-1-buyer-filing-form');
  await tabTo(buyer, buyer.getByRole('button', { name: t('filing.submit') }));
  await buyer.keyboard.press('Enter');

  await expect(buyer).toHaveURL(/\/complaints\/[0-9a-f-]{36}$/);
  await expect(buyer.getByRole('heading', { level: 1 })).toContainText(orderId);

  // the case page: withdraw (a misunderstanding, which the platform reviews)
  const withdraw = buyer.getByRole('button', { name: t('common.action.WITHDRAW') });
  await tabTo(buyer, withdraw);
  await buyer.keyboard.press('Enter');
  const dialog = buyer.getByRole('dialog', { name: t('common.action.WITHDRAW') });
  await expect(dialog).toBeVisible();
  // Escape closes the dialog and gives the focus back to its button; Enter opens it again
  await buyer.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(withdraw).toBeFocused();
  await buyer.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  const reasons = dialog.getByRole('radiogroup', { name: t('complaintCase.withdraw.reason') });
  await tabTo(buyer, reasons.getByRole('radio').first());
  await arrowToRadio(buyer, reasons, `${t('common.withdrawalReason.MISUNDERSTANDING')} — ${t('common.withdrawalMode.REVIEW')}`);
  await tabTo(buyer, dialog.getByLabel(t('complaintCase.withdraw.note'), { exact: true }));
  await type(buyer, 'It has been shipped.');
  await accessible(buyer);
  await shot(buyer, 'keyboard-2-buyer-withdraw-dialog');
  await tabTo(buyer, dialog.getByRole('button', { name: t('common.submit') }));
  await buyer.keyboard.press('Enter');
  const sent = buyer.getByRole('status').filter({ hasText: t('complaintCase.withdraw.pendingReview', { requestId: '' }).split(/[(（]/)[0] });
  await expect(sent).toBeVisible();
  await expect(dialog).toBeHidden();
  await expectFocusAround(sent); // the focus goes on from what happened

  await buyer.context().close();
});

test('an arbitrator takes a case from the queue and rules on it with the keyboard alone', async ({ browser, t, language, signIn, shot, accessible }) => {
  test.setTimeout(360_000); // a key at a time is slow on a busy machine
  const orderId = uniqueOrderId('kbd-arbiter', language);
  // the case's earlier steps over the API: filed, disputed by the seller, the buyer asks the platform to step in
  const buyer = await personPage(browser);
  const seller = await personPage(browser);
  await signIn(buyer, 'buyer-2');
  await signIn(seller, 'seller-2');
  const complaintId = await fileOverApi(buyer, { orderId, sellerId: 'seller-2', category: 'PRICE_FRAUD', description: 'The price went up at checkout.' });
  await respondAsSeller(seller, complaintId, 'The price shown was correct.');
  await requestIntervention(buyer, complaintId, 'We cannot agree; please decide.');

  const arbiter = await personPage(browser);
  await signInWithKeys(arbiter, t, 'arbiter-2');
  await expect(arbiter).toHaveURL(/\/arbitration/);

  // only the unassigned cases, then the one to take
  const assignment = arbiter.getByRole('radiogroup', { name: t('arbitration.filters.assignment') });
  await tabTo(arbiter, assignment.getByRole('radio', { checked: true }));
  await arrowToRadio(arbiter, assignment, t('arbitration.filters.unassigned'));
  await expect(arbiter).toHaveURL(/assignment=unassigned/);
  const categoryFilter = arbiter.getByLabel(t('arbitration.filters.category'), { exact: true });
  await tabTo(arbiter, categoryFilter);
  await selectWithKeys(arbiter, categoryFilter, t('common.category.PRICE_FRAUD'));
  await expect(arbiter).toHaveURL(/category=PRICE_FRAUD/);
  const take = arbiter.getByRole('button', { name: `${t('common.action.TAKE')} ${orderId}` });
  await expect(take).toBeVisible();
  await accessible(arbiter);
  await shot(arbiter, 'keyboard-3-arbiter-queue');
  await tabTo(arbiter, take, { max: 120 });
  await arbiter.keyboard.press('Enter');

  await expect(arbiter).toHaveURL(new RegExp(`/complaints/${complaintId}$`));
  await expect(arbiter.getByRole('heading', { level: 1 })).toContainText(orderId);

  // the ruling: partly in the buyer's favour, a partial refund, and why
  await tabTo(arbiter, arbiter.getByRole('button', { name: t('common.action.RULE'), exact: true }));
  await arbiter.keyboard.press('Enter');
  const dialog = arbiter.getByRole('dialog', { name: t('common.action.RULE') });
  await expect(dialog).toBeVisible();
  const outcome = dialog.getByRole('radiogroup', { name: t('complaintCase.rule.outcome') });
  await tabTo(arbiter, outcome.getByRole('radio').first());
  await arrowToRadio(arbiter, outcome, t('common.outcome.PARTIALLY_FAVOURED'));
  const remedy = dialog.getByRole('radiogroup', { name: t('complaintCase.rule.remedyType') });
  await tabTo(arbiter, remedy.getByRole('radio').first());
  await arrowToRadio(arbiter, remedy, t('common.remedyType.PARTIAL_REFUND'));
  await tabTo(arbiter, dialog.getByLabel(t('complaintCase.rule.amount'), { exact: true }));
  await type(arbiter, '20.00');
  await tabTo(arbiter, dialog.getByLabel(t('complaintCase.rule.rationale'), { exact: true }));
  await type(arbiter, 'Checkout price above the listing.');
  await accessible(arbiter);
  await shot(arbiter, 'keyboard-4-arbiter-ruling-dialog');
  await tabTo(arbiter, dialog.getByRole('button', { name: t('common.submit') }));
  await arbiter.keyboard.press('Enter');
  const ruled = arbiter.getByRole('status').filter({ hasText: t('complaintCase.rule.done') });
  await expect(ruled).toBeVisible();
  await expectFocusAround(ruled);
  await expect(arbiter.getByRole('cell', { name: t('common.state.RULED'), exact: true })).toBeVisible();

  await buyer.context().close();
  await seller.context().close();
  await arbiter.context().close();
});
