import type { ComponentType } from 'react';
import { CardScreen } from '../operations/CardScreen';
import { IssueScreen } from '../issue/IssueScreen';
import { HypothesesScreen } from '../hypotheses/HypothesesScreen';
import { StakeholdersScreen } from '../stakeholders/StakeholdersScreen';
import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { RecoordinationScreen } from '../recoordination/RecoordinationScreen';
import { ConditionsScreen } from '../conditions/ConditionsScreen';
import { MapScreen } from '../map/MapScreen';
import { AnalysisScreen } from '../analysis/AnalysisScreen';
import type { Section } from './walk-store';

/**
 * The screen of each section of an operation. A section without a screen is not offered in the
 * stepper: there are no placeholder screens.
 */
export const screens: Partial<Record<Section, ComponentType>> = {
  card: CardScreen,
  issue: IssueScreen,
  hypotheses: HypothesesScreen,
  stakeholders: StakeholdersScreen,
  meetings: MeetingsScreen,
  recoordination: RecoordinationScreen,
  conditions: ConditionsScreen,
  map: MapScreen,
  analysis: AnalysisScreen,
};
