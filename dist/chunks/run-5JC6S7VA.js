import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-QBHYDYSB.js";
import "./chunk-IOSTZWXI.js";
import "./chunk-YN4SBT2A.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
