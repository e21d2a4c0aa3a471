import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-FZR55ODF.js";
import "./chunk-M4IZMVWC.js";
import "./chunk-7J2LOBFM.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
