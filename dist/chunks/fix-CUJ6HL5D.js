import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-ZNHIE424.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-CQOEMTKU.js";
import "./chunk-GTMX7IKC.js";
import "./chunk-R65ZPDYJ.js";
import "./chunk-B3XH4PKD.js";
import "./chunk-BNFOGQX4.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
