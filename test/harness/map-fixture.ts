import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { WalkSnapshot } from '../../shared/domain/walk/snapshot';
import { call, tempBackend } from './temp-workspace';

/** React Flow measures its pane and nodes; jsdom has no layout, so give it the bare minimum (call in beforeAll). */
export function installReactFlowShims(): void {
  // Typed loosely: this module is also compiled without the DOM's types (tsconfig.node.json).
  const g = globalThis as unknown as Record<string, unknown>;
  g.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  g.DOMMatrixReadOnly ??= class {
    m22 = 1;
    constructor(transform?: string) {
      const scale = /scale\(([\d.]+)\)/.exec(transform ?? '');
      this.m22 = scale ? Number(scale[1]) : 1;
    }
  };
}

/**
 * Map component tests on the example workspace: a fresh backend per test, the Loos-en-Gohelle
 * operation's id, and its walk on demand. Registers its own hooks; read the fields inside tests.
 */
export function exampleMapFixture() {
  const fixture = { backend: undefined as unknown as ReturnType<typeof tempBackend>, opId: '', load: () => call<WalkSnapshot>(fixture.backend, 'walk.load', { operationId: fixture.opId }) };
  beforeAll(installReactFlowShims);
  beforeEach(async () => {
    (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear();
    fixture.backend = tempBackend({ example: true });
    const ops = await call<{ id: string; title: string }[]>(fixture.backend, 'operations.list', {});
    fixture.opId = ops.find((o) => o.title.startsWith('Écosystème loossois'))!.id;
  });
  afterEach(() => {
    cleanup();
    fixture.backend.close();
  });
  return fixture;
}
