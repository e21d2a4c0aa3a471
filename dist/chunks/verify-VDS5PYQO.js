import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-HTLOY22J.js";
import "./chunk-5GAP5TYK.js";
import "./chunk-6CXV5Q5C.js";
import "./chunk-HG4T5FEA.js";
import "./chunk-B6JGVCYG.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
