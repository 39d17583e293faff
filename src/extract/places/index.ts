export { placesStage, placeMentionPrecision } from './stage.js';
