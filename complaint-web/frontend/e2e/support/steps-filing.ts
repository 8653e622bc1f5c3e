import { expect, type Page } from '@playwright/test';
import { choose } from './story-steps';
import type { Texts } from './texts';

export interface Filing {
  orderId: string;
  sellerId: string;
  category: string;
  description: string;
  evidence: { kind: string; reference: string; description?: string };
}

/** Fills in the filing form as a buyer would and sends it; does not wait for the outcome. */
export async function fillAndSubmitFiling(page: Page, t: Texts, filing: Filing): Promise<void> {
  await page.goto('/my/complaints');
  await page.getByRole('link', { name: t('myComplaints.fileComplaint') }).first().click();
  await expect(page).toHaveURL(/\/my\/complaints\/new$/);
  await page.getByLabel(t('filing.orderId.label'), { exact: true }).fill(filing.orderId);
  await page.getByLabel(t('filing.sellerId.label'), { exact: true }).fill(filing.sellerId);
  await choose(page, t('filing.category.label'), t(`common.category.${filing.category}`));
  await page.getByLabel(t('filing.description.label'), { exact: true }).fill(filing.description);
  const item = page.getByRole('group', { name: t('filing.evidence.item', { number: 1 }) });
  await item.getByLabel(t('filing.evidence.kind'), { exact: true }).click();
  await page.getByTitle(t(`common.evidenceKind.${filing.evidence.kind}`), { exact: true }).click();
  await item.getByLabel(t('filing.evidence.reference'), { exact: true }).fill(filing.evidence.reference);
  if (filing.evidence.description) {
    await item.getByLabel(t('filing.evidence.description'), { exact: true }).fill(filing.evidence.description);
  }
  await page.getByRole('button', { name: t('filing.submit') }).click();
}

/** Files a complaint through the form and returns its id, read from the case page it lands on. */
export async function fileComplaint(page: Page, t: Texts, filing: Filing): Promise<string> {
  await fillAndSubmitFiling(page, t, filing);
  await expect(page).toHaveURL(/\/complaints\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(filing.orderId);
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

/** Opens a complaint from a list page by its order id (the row link is named by the order). */
export async function openFromList(page: Page, listPath: string, orderId: string): Promise<void> {
  await page.goto(listPath);
  await page.getByRole('link', { name: orderId, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(orderId);
}
