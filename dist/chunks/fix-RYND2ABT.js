import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-L2XLDKYV.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-HC6K4SXG.js";
import "./chunk-LFW6UGM3.js";
import "./chunk-A3U4IDOV.js";
import "./chunk-EYFP5HGV.js";
import "./chunk-SPXMWXEZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
