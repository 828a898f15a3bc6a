import fc from 'fast-check';

/**
 * Property tests explore new random cases on every local run (that is how they find bugs), but
 * CI must give the same verdict for the same commit: there, one fixed seed (FC_SEED overrides it,
 * to replay a failure seen locally).
 */
if (process.env.CI || process.env.FC_SEED) {
  fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });
}
