/** pa11y pulls in puppeteer; we drive Debian's /usr/bin/chromium instead of downloading a browser. */
module.exports = { skipDownload: true };
