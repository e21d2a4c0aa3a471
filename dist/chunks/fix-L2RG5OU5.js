import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-FVFDCRUL.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-44KP3X4P.js";
import "./chunk-MNBMFNGJ.js";
import "./chunk-GP3CJD4F.js";
import "./chunk-HXXIW63V.js";
import "./chunk-3GCCWERR.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
