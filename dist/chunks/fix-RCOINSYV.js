import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-5AH6SHIP.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-UPLQ6QVK.js";
import "./chunk-AG3H3HLB.js";
import "./chunk-EMFTY3TB.js";
import "./chunk-UC5OWBEX.js";
import "./chunk-5NZOQL4J.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
