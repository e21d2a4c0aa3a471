import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-YYM2IBPD.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-JMQMUDEQ.js";
import "./chunk-TLPORH2P.js";
import "./chunk-IFQGLSLK.js";
import "./chunk-Z3FXPJDH.js";
import "./chunk-XPHMBMAG.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
