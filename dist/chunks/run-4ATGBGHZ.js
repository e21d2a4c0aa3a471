import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-ZHTG2XQZ.js";
import "./chunk-IRIGSBPC.js";
import "./chunk-BNM23UB4.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
