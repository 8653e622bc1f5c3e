import { expect, personPage, test } from './support/fixtures';
import { handOn } from './support/silent-seller';
import { choose, uniqueOrderId } from './support/story-steps';

// Story (c), first half: the buyer files a complaint on the filing page, on a phone, and the seller's response
// window starts. The seller stays silent; story-c-silent-seller.spec.ts takes the case on once the window passed.
// It runs before the other stories (playwright.config.ts), so that the window passes while they run.

test('story (c), first half: the buyer files on a phone and the seller\'s response window starts', async ({ browser, t, signIn, shot, accessible }, info) => {
  const orderId = uniqueOrderId('c', info.project.name);
  const description = `The kettle arrived with a cracked base (${orderId}).`;

  // ---- the buyer files the complaint on a phone ----
  const buyer = await personPage(browser, { width: 375 });
  await signIn(buyer, 'buyer-1');
  await buyer.goto('/my/complaints/new');
  await expect(buyer.getByRole('heading', { level: 1, name: t('filing.title') })).toBeVisible();
  await buyer.getByLabel(t('filing.orderId.label')).fill(orderId);
  await buyer.getByLabel(t('filing.sellerId.label')).fill('seller-1');
  await choose(buyer, t('filing.category.label'), t('common.category.QUALITY_PROBLEM'));
  await buyer.getByLabel(t('filing.description.label')).fill(description);
  await choose(buyer, t('filing.evidence.kind'), t('common.evidenceKind.PHOTO'));
  await buyer.getByLabel(t('filing.evidence.reference')).fill('https://example.com/e2e/cracked-kettle.jpg');
  await accessible(buyer);
  await shot(buyer, 'c-01-buyer-filing-form-375');
  await buyer.getByRole('button', { name: t('filing.submit') }).click();

  await expect(buyer).toHaveURL(/\/complaints\/[0-9a-f-]{36}$/);
  const complaintId = decodeURIComponent(new URL(buyer.url()).pathname.split('/').pop()!);
  await expect(buyer.getByRole('heading', { level: 1, name: t('complaintCase.title', { orderId }) })).toBeVisible();
  await expect(buyer.getByRole('cell', { name: t('common.state.AWAITING_SELLER'), exact: true })).toBeVisible();
  await accessible(buyer);
  await shot(buyer, 'c-02-buyer-case-awaiting-seller-375');

  handOn(info, { complaintId, orderId });
  await buyer.context().close();
});
