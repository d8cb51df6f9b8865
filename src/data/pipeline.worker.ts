/**
 * The data worker: fetching and validating the documents, and the engine, off the page's main
 * thread.
 */
import { expose } from 'comlink';
import { pipeline } from './pipeline';

expose(pipeline);
