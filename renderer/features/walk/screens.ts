import type { ComponentType } from 'react';
import { CardScreen } from '../operations/CardScreen';
import type { Section } from './walk-store';

/**
 * The screen of each section of an operation. A section without a screen is not offered in the
 * stepper: there are no placeholder screens.
 */
export const screens: Partial<Record<Section, ComponentType>> = {
  card: CardScreen,
};
