import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-UCJF2LUD.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-HE6JSUJB.js";
import "./chunk-I5SLXWPE.js";
import "./chunk-KE647SMT.js";
import "./chunk-X2NIFK65.js";
import "./chunk-R2Y6HJWT.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
