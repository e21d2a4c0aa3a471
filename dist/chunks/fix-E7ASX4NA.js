import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-IIQJX6I2.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-VBTX7WRC.js";
import "./chunk-YLSWMYSF.js";
import "./chunk-FN6NJACH.js";
import "./chunk-HXXIW63V.js";
import "./chunk-3GCCWERR.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
