export { timesStage, findTimes } from './stage.js';
export type { Candidate, RuleContext } from './rule.js';
