import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-722I55LJ.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-4EYTBT6T.js";
import "./chunk-TOGTSGAC.js";
import "./chunk-7NGUWIXV.js";
import "./chunk-54Z6RF5E.js";
import "./chunk-SC5PJBJN.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
