import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-26OFE5VZ.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-XHGLVGAE.js";
import "./chunk-33QSZDZ7.js";
import "./chunk-XOEXCT4F.js";
import "./chunk-EYFP5HGV.js";
import "./chunk-SPXMWXEZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
