export {cleanDocument} from './clean.js';
export type {Article, Caption, CleanOptions, CleanResult, LeadImage, NotArticle, RemovalReason, RemovedBlock} from './types.js';
