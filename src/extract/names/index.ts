export { namesStage, findActors } from './stage.js';
export { speakerPronounsStage } from './first-person.js';
