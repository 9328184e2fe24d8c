// Puppeteer's own browser download cannot work offline; the project finds a browser itself
// (see src/print/find-browser.ts), so the download step is always skipped.
module.exports = { skipDownload: true };
