import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-BIDTQ4ZY.js";
import "./chunk-5QMDDMHH.js";
import "./chunk-FHWNT5LE.js";
import "./chunk-LMEGT5UD.js";
import "./chunk-6W2TVXCH.js";
import "./chunk-JPKO6Y32.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
