import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-SJW2O4SE.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-7LBEUDLJ.js";
import "./chunk-UXS26JER.js";
import "./chunk-76NN6CVQ.js";
import "./chunk-6CJJJU3K.js";
import "./chunk-YQUEJ7GR.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
