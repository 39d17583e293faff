export { namesStage, findActors } from './stage.js';
