import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-XLQDO6PU.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-PL7OJJG5.js";
import "./chunk-I6GH57JS.js";
import "./chunk-E4YSJVEA.js";
import "./chunk-UOS4SI7Z.js";
import "./chunk-GEDVBR3Z.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
