import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-DDPHNXND.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-WNH6JKE5.js";
import "./chunk-M4YGLWA3.js";
import "./chunk-DG5C5HA3.js";
import "./chunk-SHQK6PMI.js";
import "./chunk-VRX2TPRX.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
