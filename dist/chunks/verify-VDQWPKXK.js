import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-QY2TE22D.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-UJYBFMQF.js";
import "./chunk-L2MJVNV6.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
