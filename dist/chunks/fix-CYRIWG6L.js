import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-RIFXCB5W.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-GKWEJYUW.js";
import "./chunk-72WKF7T4.js";
import "./chunk-DECLQQLM.js";
import "./chunk-V33ZOICZ.js";
import "./chunk-T4R24WAU.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
