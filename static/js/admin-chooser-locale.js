// A page link in rich text opens the page chooser in the language of the content being
// edited. Wagtail's chooser widgets (pages, snippets) already ask for that language: they add
// the editor's content locale (wagtailConfig's ACTIVE_CONTENT_LOCALE) to the chooser's
// address. The rich text link button does not, so on a Spanish page its chooser would start
// at the root among the pages of the editor's own admin language (English).
(() => {
  const config = document.getElementById("wagtail-config");
  const locale = config ? JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE : null;
  if (!locale) return;
  const wrap = () => {
    const open = window.ModalWorkflow;
    if (typeof open !== "function" || open.inContentLocale) return;
    const inContentLocale = (opts) => {
      if (opts && typeof opts.url === "string" && opts.url.includes("/choose-page/")) {
        opts = { ...opts, urlParams: { locale, ...(opts.urlParams || {}) } };
      }
      return open(opts);
    };
    inContentLocale.inContentLocale = true;
    window.ModalWorkflow = inContentLocale;
  };
  wrap();
  document.addEventListener("DOMContentLoaded", wrap);
})();
