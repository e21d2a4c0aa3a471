import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-WPQZ6WAF.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-3ZKBM5HV.js";
import "./chunk-DBWFF73L.js";
import "./chunk-E4R45EQN.js";
import "./chunk-SSPP3S5Y.js";
import "./chunk-XTTI4WXR.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
