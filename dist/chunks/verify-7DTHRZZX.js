import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-M4P4WRFC.js";
import "./chunk-TW3PQTXG.js";
import "./chunk-EMEEJ7BT.js";
import "./chunk-BYQF4DHD.js";
import "./chunk-7V5U6E2E.js";
import "./chunk-WZFD4PUO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
