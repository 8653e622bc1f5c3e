import { expect, personPage, test } from './support/fixtures';
import { fileComplaint, fillAndSubmitFiling, openFromList } from './support/steps-filing';
import { checkInDialog, uniqueOrderId } from './support/story-steps';

// Story (a): the buyer files, the seller offers a full refund, the buyer accepts and withdraws as settled,
// at once; filing the same order and category again is refused in words. Once on a desktop, once on a
// phone (375 px), where buyers mostly are.
for (const width of [1280, 375]) {
  test(`(a) a settled complaint is withdrawn at once and cannot be filed again (${width} px)`, async ({
    browser, t, language, signIn, shot, accessible,
  }) => {
    const tag = width === 375 ? 'phone' : 'desktop';
    const orderId = uniqueOrderId(`a-${tag}`, language);
    const buyer = await personPage(browser, { width });
    const seller = await personPage(browser, { width });

    await signIn(buyer, 'buyer-1');
    const filing = {
      orderId,
      sellerId: 'seller-1',
      category: 'QUALITY_PROBLEM',
      description: '收到的保温杯杯身有裂缝，装水后漏水。',
      evidence: { kind: 'PHOTO', reference: 'https://img.example.com/order-1001/crack.jpg', description: '杯身裂缝照片' },
    };
    await fileComplaint(buyer, t, filing);
    await expect(buyer.getByText(filing.description)).toBeVisible();
    await accessible(buyer);
    await shot(buyer, `a-${tag}-1-buyer-case-filed`);

    await signIn(seller, 'seller-1');
    await seller.goto('/shop/complaints');
    await expect(seller.getByRole('link', { name: orderId, exact: true })).toBeVisible();
    await accessible(seller);
    await shot(seller, `a-${tag}-2-seller-list`);
    await openFromList(seller, '/shop/complaints', orderId);
    await shot(seller, `a-${tag}-3-seller-case`);
    await seller.getByRole('button', { name: t('common.action.OFFER_SETTLEMENT') }).click();
    const offer = seller.getByRole('dialog');
    await checkInDialog(offer.getByRole('radio', { name: t('common.offerType.FULL_REFUND') }));
    await offer.getByLabel(t('complaintCase.offer.amount'), { exact: true }).fill('129.00');
    await offer.getByLabel(t('complaintCase.offer.note'), { exact: true }).fill('全额退款，无需退货');
    await accessible(seller);
    await offer.getByRole('button', { name: t('common.submit') }).click();
    await expect(seller.getByText(t('complaintCase.offer.done'))).toBeVisible();

    // the buyer's open page shows the offer by itself (it refreshes every 2 s): no reload
    await expect(buyer.getByRole('button', { name: t('common.action.ACCEPT_OFFER') })).toBeVisible();
    await expect(buyer.getByText('¥129.00').first()).toBeVisible();
    await shot(buyer, `a-${tag}-3-buyer-offer`);
    await buyer.getByRole('button', { name: t('common.action.ACCEPT_OFFER') }).click();
    await buyer.getByRole('dialog').getByRole('button', { name: t('complaintCase.acceptOffer.submit') }).click();
    await expect(buyer.getByText(t('complaintCase.acceptOffer.done'))).toBeVisible();

    await buyer.getByRole('button', { name: t('common.action.WITHDRAW') }).click();
    const withdraw = buyer.getByRole('dialog');
    const settled = `${t('common.withdrawalReason.SETTLED')} — ${t('common.withdrawalMode.DIRECT')}`;
    await checkInDialog(withdraw.getByRole('radio', { name: settled }));
    await accessible(buyer);
    await shot(buyer, `a-${tag}-4-buyer-withdraw`);
    await withdraw.getByRole('button', { name: t('common.submit') }).click();
    await expect(buyer.getByText(t('complaintCase.withdraw.withdrawn'))).toBeVisible();
    await expect(buyer.getByText(t('common.state.WITHDRAWN')).first()).toBeVisible();

    await buyer.goto('/my/complaints?state=WITHDRAWN');
    await expect(buyer.getByRole('link', { name: orderId, exact: true })).toBeVisible();
    await accessible(buyer);
    await shot(buyer, `a-${tag}-5-buyer-list`);

    await fillAndSubmitFiling(buyer, t, { ...filing, description: '再次投诉' });
    await expect(buyer.getByText(t('errors.REFILE_AFTER_WITHDRAWAL'))).toBeVisible();
    await expect(buyer).toHaveURL(/\/my\/complaints\/new$/);
    await shot(buyer, `a-${tag}-6-buyer-refile-refused`);

    await buyer.context().close();
    await seller.context().close();
  });
}
