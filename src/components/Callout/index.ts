export {default as Issue, type IssueProps} from './Issue';
export {default as Cause, type CauseProps} from './Cause';
export {default as Resolution, type ResolutionProps} from './Resolution';
export {default as Step, type StepProps} from './Step';
export {default as CalloutLayout, type CalloutLayoutProps} from './Layout';
