import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-URNFZ5UN.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-QMGS2YQW.js";
import "./chunk-EUZX2ETX.js";
import "./chunk-NASQNMDM.js";
import "./chunk-5HJNSNQR.js";
import "./chunk-HEYLLLRV.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
