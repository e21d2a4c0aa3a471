import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-O6DQNGT3.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-6CJJJU3K.js";
import "./chunk-YQUEJ7GR.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
