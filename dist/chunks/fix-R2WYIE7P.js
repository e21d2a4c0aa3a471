import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-PY4KJW6A.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-JOEIHPQ3.js";
import "./chunk-MYNFWBCG.js";
import "./chunk-N3VPNDYD.js";
import "./chunk-6ZZF4G5B.js";
import "./chunk-3D23LETI.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
