import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-Q772VC3K.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-YRCGOQWB.js";
import "./chunk-ZWS3OAKA.js";
import "./chunk-QUZ5YR7D.js";
import "./chunk-ZOX2TTWC.js";
import "./chunk-TA76BRAS.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
