import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-7V6O33W6.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-ZK2KDET2.js";
import "./chunk-NLBBM6CP.js";
import "./chunk-L4A7PH6N.js";
import "./chunk-FIHSSRJV.js";
import "./chunk-VD4WRPLE.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
