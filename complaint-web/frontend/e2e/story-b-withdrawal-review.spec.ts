import { expect, personPage, test } from './support/fixtures';
import { fileComplaint } from './support/steps-filing';
import { checkInDialog, choose, uniqueOrderId } from './support/story-steps';

// Story (b): before the platform intervened, a misunderstanding is a withdrawal request that an arbitrator
// reviews; approved in the workbench, the complaint shows withdrawn on the buyer's list.
test('(b) a withdrawal for a misunderstanding is approved by an arbitrator in the workbench', async ({
  browser, t, language, signIn, shot, accessible,
}) => {
  const orderId = uniqueOrderId('b', language);
  const buyer = await personPage(browser, { width: 375 });
  const arbitrator = await personPage(browser);

  await signIn(buyer, 'buyer-2');
  await fileComplaint(buyer, t, {
    orderId,
    sellerId: 'seller-2',
    category: 'LATE_DELIVERY',
    description: '订单超过承诺时间五天仍未发货。',
    evidence: { kind: 'LOGISTICS', reference: 'https://logistics.example.com/track/SF123456' },
  });
  await buyer.getByRole('button', { name: t('common.action.WITHDRAW') }).click();
  const withdraw = buyer.getByRole('dialog');
  const misunderstanding = `${t('common.withdrawalReason.MISUNDERSTANDING')} — ${t('common.withdrawalMode.REVIEW')}`;
  await checkInDialog(withdraw.getByRole('radio', { name: misunderstanding }));
  await withdraw.getByLabel(t('complaintCase.withdraw.note'), { exact: true }).fill('物流信息延迟更新，包裹其实已经发出。');
  await shot(buyer, 'b-1-buyer-withdrawal-request');
  await withdraw.getByRole('button', { name: t('common.submit') }).click();
  await expect(buyer.getByText(t('complaintCase.withdraw.pendingReview', { requestId: '' }).split('(')[0].split('（')[0])).toBeVisible();

  await signIn(arbitrator, 'arbiter-1');
  await arbitrator.goto('/arbitration');
  await choose(arbitrator, t('arbitration.filters.kind'), t('common.queueKind.WITHDRAWAL_REVIEW'));
  const row = arbitrator.getByRole('row').filter({ hasText: orderId });
  await expect(row).toBeVisible();
  await accessible(arbitrator);
  await shot(arbitrator, 'b-2-arbitrator-queue');
  await row.getByRole('link', { name: new RegExp(orderId) }).click();
  await expect(arbitrator.getByRole('heading', { level: 1 })).toContainText(orderId);
  await arbitrator.getByRole('button', { name: t('common.action.REVIEW_WITHDRAWAL') }).click();
  const review = arbitrator.getByRole('dialog');
  await review.getByLabel(t('complaintCase.review.note'), { exact: true }).fill('物流记录显示已按时发货，同意撤销。');
  await accessible(arbitrator);
  await shot(arbitrator, 'b-3-arbitrator-review');
  await review.getByRole('button', { name: t('complaintCase.review.approve') }).click();
  await expect(arbitrator.getByText(t('complaintCase.review.approved'))).toBeVisible();

  // the buyer's list, open on the phone, shows the complaint withdrawn by itself
  await buyer.goto('/my/complaints');
  const item = buyer.getByRole('listitem').filter({ hasText: orderId });
  await expect(item).toContainText(t('common.state.WITHDRAWN'));
  await accessible(buyer);
  await shot(buyer, 'b-4-buyer-list-withdrawn');

  await buyer.context().close();
  await arbitrator.context().close();
});
