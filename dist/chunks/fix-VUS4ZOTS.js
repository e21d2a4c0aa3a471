import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-NROKSQU4.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-G43GT4RC.js";
import "./chunk-CAMIJUU2.js";
import "./chunk-4RTVUJZ7.js";
import "./chunk-BUZEX5Q7.js";
import "./chunk-XOIHDAUS.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
