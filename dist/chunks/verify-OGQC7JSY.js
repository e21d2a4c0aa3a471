import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-DPEBAMZG.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-OYJ6UZLT.js";
import "./chunk-QN47DPJX.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
