import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-5X2PMQZ6.js";
import "./chunk-S6VRSVFL.js";
import "./chunk-EDMVDKCZ.js";
import "./chunk-B2N53MOW.js";
import "./chunk-GUR7AGTL.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
