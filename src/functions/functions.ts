/**
 * Entry point of functions.js: imports every file that declares custom functions. The build
 * (CustomFunctionsMetadataPlugin in webpack.config.js) reads their JSDoc into functions.json and
 * appends `CustomFunctions.associate(id, fn)` to each of them, so no file calls associate itself.
 *
 * Add one line per new file of custom functions. (webpack.config.js also bundles any file with a
 * @customfunction tag that is missing here, with a warning, so functions.json never lists an
 * unbound function.)
 */
import "./runtime"; // first: a CustomFunctions stand-in outside Excel
import "./ahp";
import "./grey";
import "./scoring";
import "./anp";
import "./trade";
import "./service";
