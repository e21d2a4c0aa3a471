import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-ZJEONUH6.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-6D4JI2WW.js";
import "./chunk-LXC4FSDE.js";
import "./chunk-AUFB7IRR.js";
import "./chunk-BOOUJMWQ.js";
import "./chunk-42QDMLYM.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
