import { expect, test } from './support/fixtures';

test.describe('signing in', () => {
  test('the login page speaks the reader language and is accessible', async ({ page, t, shot, accessible }) => {
    await page.goto('/login');
    await expect(page.getByRole('button', { name: t('auth.signIn') })).toBeVisible();
    await accessible(page);
    await shot(page, 'login');
  });

  test('a wrong password is refused in words', async ({ page, t }) => {
    await page.goto('/login');
    await page.getByLabel(t('auth.username'), { exact: true }).fill('buyer-1');
    await page.getByLabel(t('auth.password')).fill('not-the-password');
    await page.getByRole('button', { name: t('auth.signIn') }).click();
    await expect(page.getByText(t('errors.BAD_CREDENTIALS'))).toBeVisible();
  });

  test('a page opened without a session goes to the login page and back after signing in', async ({ page, t }) => {
    await page.goto('/my/complaints?state=WITHDRAWN');
    await expect(page).toHaveURL(/\/login\?next=/);
    await page.getByLabel(t('auth.username'), { exact: true }).fill('buyer-1');
    await page.getByLabel(t('auth.password')).fill('demo');
    await page.getByRole('button', { name: t('auth.signIn') }).click();
    await expect(page).toHaveURL(/\/my\/complaints\?state=WITHDRAWN$/);
  });

  test('signing in on the page shows who is signed in, and signing out ends the session', async ({ page, t }) => {
    await page.goto('/login');
    await page.getByLabel(t('auth.username'), { exact: true }).fill('buyer-1');
    await page.getByLabel(t('auth.password')).fill('demo');
    await page.getByRole('button', { name: t('auth.signIn') }).click();
    await expect(page.getByTestId('signed-in-as')).toHaveText('buyer-1');
    await page.getByRole('button', { name: t('auth.signOut') }).click();
    await expect(page).toHaveURL(/\/login/);
    const me = await page.request.get('/auth/me');
    expect(me.status()).toBe(401);
  });

  test('a session that expires mid-work leads to the login page and back to the same page', async ({ page, t, signIn }) => {
    await signIn(page, 'buyer-1');
    await page.goto('/my/complaints?state=NEGOTIATING');
    await expect(page.getByRole('heading', { level: 1, name: t('myComplaints.title') })).toBeVisible();
    // the server forgets the session (as after the idle timeout): the next call the page makes answers 401
    await page.context().clearCookies({ name: 'COMPLAINTS_SESSION' });
    await expect(page).toHaveURL(/\/login\?next=%2Fmy%2Fcomplaints%3Fstate%3DNEGOTIATING$/);
    await page.getByLabel(t('auth.username'), { exact: true }).fill('buyer-1');
    await page.getByLabel(t('auth.password')).fill('demo');
    await page.getByRole('button', { name: t('auth.signIn') }).click();
    await expect(page).toHaveURL(/\/my\/complaints\?state=NEGOTIATING$/);
  });
});
