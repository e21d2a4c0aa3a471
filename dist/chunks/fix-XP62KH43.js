import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-RDN2X2N4.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-UFJK7UOO.js";
import "./chunk-5MCWYF6R.js";
import "./chunk-CG7KQWHE.js";
import "./chunk-A2R2F5XQ.js";
import "./chunk-EUEF6LVA.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
