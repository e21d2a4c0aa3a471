import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-ZCLDDORS.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-NSUR7Z7B.js";
import "./chunk-JGYBBLW7.js";
import "./chunk-HO354UTV.js";
import "./chunk-S52CHV2I.js";
import "./chunk-KMNV7V73.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
