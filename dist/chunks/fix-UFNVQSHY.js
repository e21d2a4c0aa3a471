import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-7D6H4OSS.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-J5FFN5EQ.js";
import "./chunk-WDEZAA47.js";
import "./chunk-56NR3AN7.js";
import "./chunk-SCIK4M3L.js";
import "./chunk-JXVA2G3U.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
