/**
 * A minimal stand-in for Excel's `CustomFunctions` global, so that src/functions/*.ts can be
 * imported in Node. `Error` behaves like the runtime's: it carries a code and a message.
 */
import { installCustomFunctionsGlobal } from "./support/customFunctions";

installCustomFunctionsGlobal();
