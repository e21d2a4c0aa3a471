import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-EVJNHX6S.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-QWEN6ZTC.js";
import "./chunk-OG3QQNDE.js";
import "./chunk-AUFB7IRR.js";
import "./chunk-MKO3LJEL.js";
import "./chunk-42QDMLYM.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
