import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-SZZV4LL5.js";
import "./chunk-VFW5E2TK.js";
import "./chunk-LSQM2RB5.js";
import "./chunk-GUQ7F37I.js";
import "./chunk-2F4LXWN3.js";
import "./chunk-NAVMSWUT.js";
import "./chunk-LSHJEJF3.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
