import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-3AM54357.js";
import "./chunk-7BPRWW74.js";
import "./chunk-QPNCPNER.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
