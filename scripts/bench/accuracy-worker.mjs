// A worker of the accuracy bench: evaluates the pages it is sent, one message each.
import {parentPort} from 'node:worker_threads';
import {evaluatePage} from './evaluate-page.mjs';

parentPort.on('message', ({set, page, systems}) => parentPort.postMessage(evaluatePage(set, page, systems)));
