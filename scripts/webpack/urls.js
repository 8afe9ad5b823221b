/** Where the add-in is served in development, and where office.js comes from in production. */
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

module.exports = { DEV_PORT, DEV_URL, OFFICE_JS_CDN };
