import { expect as baseExpect } from '@playwright/test';

/** A little more patience than the default 5 s: the machine has 2 cores and other suites may run. */
export const expect = baseExpect.configure({ timeout: 10_000 });
