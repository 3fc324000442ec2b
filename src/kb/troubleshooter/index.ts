import {amzTroubleshooter} from './amz';
import type {TroubleshooterDefinition} from './types';

/**
 * Every guide's troubleshooter. A guide without one still builds: its
 * articles are reported as reached by no tree (a warning).
 */
export const troubleshooters: readonly TroubleshooterDefinition[] = [amzTroubleshooter];
