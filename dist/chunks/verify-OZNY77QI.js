import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-D3OWXDSF.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-NNXKG6LM.js";
import "./chunk-RGXOPABP.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
